package com.backproplab.network.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Export (JSON, CSV tables, NumPy script) and import of a JSON file, by button or by dropping it here. */
class SharePanel extends Div {

    /** The largest file imported, as for the API. */
    static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;

    final Upload upload;

    SharePanel(Supplier<byte[]> json, Supplier<byte[]> csvZip, Supplier<byte[]> numpy, Consumer<byte[]> importJson) {
        addClassName("share-panel");
        Span label = new Span("Export");
        label.addClassName("share-label");
        add(
                label,
                download("JSON", "backprop-lab.json", "application/json", json),
                download("Tables (CSV, zip)", "backprop-lab-tables.zip", "application/zip", csvZip),
                download("NumPy script", "backprop_lab.py", "text/x-python", numpy));
        upload = new Upload(UploadHandler.inMemory(
                (metadata, data) -> getUI().ifPresent(ui -> ui.access(() -> importJson.accept(data)))));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_IMPORT_BYTES);
        upload.setDropLabel(new Span("or drop a JSON file here"));
        upload.setUploadButton(new com.vaadin.flow.component.button.Button("Import JSON…"));
        upload.addClassName("import-upload");
        add(upload);
    }

    private static Anchor download(String text, String file, String type, Supplier<byte[]> content) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), file, type, bytes.length);
                }),
                text);
        a.addClassName("share-link");
        return a;
    }
}

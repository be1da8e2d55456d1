package com.backproplab.explorer.ui;

import com.backproplab.explorer.ExportSnapshot;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** Export (JSON, CSV tables, NumPy script) and import of a JSON file, by button or by dropping it here. */
class SharePanel extends Div {

    final Upload upload;

    /**
     * @param snapshot what to export, read under the session lock when a download starts
     * @param importJson what to do with an uploaded file, called under the session lock
     */
    SharePanel(int maxImportBytes, Supplier<ExportSnapshot> snapshot, Consumer<byte[]> importJson) {
        addClassName("share-panel");
        Span label = new Span("Export");
        label.addClassName("share-label");
        add(
                label,
                download("JSON", "backprop-lab.json", "application/json", snapshot, ExportSnapshot::json),
                download(
                        "Tables (CSV, zip)",
                        "backprop-lab-tables.zip",
                        "application/zip",
                        snapshot,
                        ExportSnapshot::csvZip),
                download("NumPy script", "backprop_lab.py", "text/x-python", snapshot, ExportSnapshot::numpy));
        upload = new Upload(new BoundedUpload(maxImportBytes, importJson));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxImportBytes);
        upload.setDropLabel(new Span("or drop a JSON file here"));
        upload.setUploadButton(new com.vaadin.flow.component.button.Button("Import JSON…"));
        upload.addClassName("import-upload");
        add(upload);
    }

    /** A download whose snapshot is taken under the session lock and written outside it. */
    private static Anchor download(
            String text,
            String file,
            String type,
            Supplier<ExportSnapshot> snapshot,
            Function<ExportSnapshot, byte[]> content) {
        Anchor a = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    VaadinSession session = event.getSession();
                    ExportSnapshot taken;
                    session.lock();
                    try {
                        taken = snapshot.get();
                    } finally {
                        session.unlock();
                    }
                    byte[] bytes = content.apply(taken);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), file, type, bytes.length);
                }),
                text);
        a.addClassName("share-link");
        return a;
    }
}

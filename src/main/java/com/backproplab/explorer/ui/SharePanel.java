package com.backproplab.explorer.ui;

import com.backproplab.explorer.ExportSnapshot;
import com.backproplab.scenario.Echo;
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
     * @param refused what to do with the message about a file the browser refused (type or size)
     */
    SharePanel(
            int maxImportBytes,
            Supplier<ExportSnapshot> snapshot,
            Consumer<byte[]> importJson,
            Consumer<String> refused) {
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
        upload.addFileRejectedListener(e -> {
            refused.accept(rejection(e.getFileName(), maxImportBytes));
            upload.clearFileList();
        });
        add(upload);
    }

    /** Why the browser refused a file, in plain words: its type, else its size. */
    static String rejection(String fileName, int maxBytes) {
        String name = fileName == null || fileName.isBlank() ? "The file" : "“" + Echo.of(fileName) + "”";
        if (fileName == null || !fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return name + " is not a JSON file: choose a .json file, as the JSON export writes it.";
        }
        return name + " is larger than the limit of " + (maxBytes / (1024 * 1024)) + " MB for an imported file.";
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

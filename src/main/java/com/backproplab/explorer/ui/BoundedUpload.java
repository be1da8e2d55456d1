package com.backproplab.explorer.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * An upload held in memory up to a limit the server enforces itself, whatever the browser checked: a file
 * larger than {@code maxBytes}, sent raw or multipart, with or without a length, is refused after reading
 * at most {@code maxBytes} + 1 bytes.
 */
final class BoundedUpload implements UploadHandler {

    private final int maxBytes;
    private final Consumer<byte[]> accepted;

    /** @param accepted what to do with a file within the limit, called under the session lock */
    BoundedUpload(int maxBytes, Consumer<byte[]> accepted) {
        this.maxBytes = maxBytes;
        this.accepted = accepted;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            event.reject("larger than " + maxBytes + " bytes");
            return;
        }
        byte[] data = event.getInputStream().readNBytes(maxBytes + 1);
        if (data.length > maxBytes) {
            event.reject("larger than " + maxBytes + " bytes");
            return;
        }
        event.getUI().access(() -> accepted.accept(data));
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64L * 1024;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}

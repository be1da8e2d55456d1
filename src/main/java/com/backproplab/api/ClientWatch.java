package com.backproplab.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;

/**
 * Stops a training run whose client has gone. A blocking servlet sees a closed connection only when it
 * writes, so every half second of a run it sends a space (JSON allows white space before the answer) and
 * flushes; the write after the client has gone fails, and the run stops at its next step. A run shorter
 * than half a second writes nothing before its answer.
 */
final class ClientWatch implements com.backproplab.math.Training.Observer {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final HttpServletResponse response;
    private long next = System.nanoTime() + INTERVAL_NANOS;
    private boolean gone;

    ClientWatch(HttpServletResponse response) {
        this.response = response;
    }

    @Override
    public boolean afterStep(int step, double lossBefore, com.backproplab.math.Training.State state) {
        long now = System.nanoTime();
        if (now - next < 0) {
            return true;
        }
        next = now + INTERVAL_NANOS;
        try {
            if (!response.isCommitted()) {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            }
            response.getOutputStream().write(' ');
            response.flushBuffer();
            return true;
        } catch (IOException e) {
            gone = true;
            return false;
        }
    }

    /** Whether the client went away during the run. */
    boolean gone() {
        return gone;
    }
}

package com.backproplab.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;

class SessionErrorsTest {

    @Test
    void a_browser_that_went_away_mid_request_is_a_client_abort() {
        assertTrue(SessionErrors.clientAbort(new ClientAbortException(new IOException("Broken pipe"))));
        assertTrue(SessionErrors.clientAbort(new UncheckedIOException(new IOException("Connection reset by peer"))));
        assertTrue(SessionErrors.clientAbort(new IllegalStateException(
                new UncheckedIOException(new ClientAbortException("java.io.IOException: Broken pipe")))));
    }

    @Test
    void a_real_error_is_not_a_client_abort() {
        assertFalse(SessionErrors.clientAbort(new IllegalStateException("boom")));
        assertFalse(SessionErrors.clientAbort(new IOException("No space left on device")));
        assertFalse(SessionErrors.clientAbort(new NullPointerException()));
    }
}

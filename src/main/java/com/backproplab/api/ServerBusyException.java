package com.backproplab.api;

/** A request refused because the server has no place for it now: HTTP 503 with {@code Retry-After}. */
class ServerBusyException extends RuntimeException {
    ServerBusyException(String message) {
        super(message);
    }
}

package org.crossings.server.http;

/** The thing asked for does not exist (yet); its message says what was asked for. */
public class NotFound extends RuntimeException {
    public NotFound(String what) {
        super(what);
    }
}

package org.crossings.tlog.client;

import java.net.URI;

/**
 * A resource of the log could not be fetched: the log is unreachable, timed out, kept failing (HTTP 429 or 5xx), or
 * answered with a status that proves nothing about the log (401, 403). Unlike a failed verification this proves
 * nothing against the log; the caller can try again later. (A log that answers "not found" for a tile or bundle is
 * told apart: {@link HttpLog#fetch(TileResource)} answers {@link Fetched.Absent}, which may well be evidence.)
 */
public final class FetchException extends RuntimeException {

    private final URI uri;
    private final int status;

    FetchException(URI uri, int status, String message, Throwable cause) {
        super(message, cause);
        this.uri = uri;
        this.status = status;
    }

    static FetchException status(URI uri, int status) {
        return new FetchException(uri, status, "GET " + uri + " answered HTTP " + status, null);
    }

    static FetchException unreachable(URI uri, Exception cause) {
        return new FetchException(uri, -1, "GET " + uri + " failed: " + cause, cause);
    }

    /** The URL that failed. */
    public URI uri() {
        return uri;
    }

    /** Whether the log answered that it does not have the resource (HTTP 404 or 410), rather than failing. */
    public boolean isAbsent() {
        return status == 404 || status == 410;
    }

    /** The HTTP status, or -1 when there was no response. */
    public int status() {
        return status;
    }
}

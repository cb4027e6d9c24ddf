package org.crossings.cli.verify;

import java.net.URI;

/**
 * A resource of the log could not be fetched: the log is unreachable or does not serve what tlog-tiles says it must.
 * Unlike a failed verification this proves nothing against the log; the auditor can try again later.
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

    /** The HTTP status, or -1 when there was no response. */
    public int status() {
        return status;
    }
}

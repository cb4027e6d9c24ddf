package org.crossings.server.journal;

import java.time.Duration;

/**
 * Nothing was recorded, and the client may try again later: the log cannot take entries now (its database does not
 * answer, its queue is full), or the read models are behind the log, so a decision cannot yet be checked against the
 * current state of its subject.
 */
public final class JournalUnavailable extends RuntimeException {

    private final Duration retryAfter;

    public JournalUnavailable(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

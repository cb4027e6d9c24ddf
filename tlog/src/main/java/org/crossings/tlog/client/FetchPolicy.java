package org.crossings.tlog.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How patiently a client fetches: how long it waits for a connection and for each answer, and how often it tries a
 * resource whose fetch failed transiently (no connection, a timeout, HTTP 429 or 5xx), pausing twice as long after
 * each failure.
 *
 * @param attempts tries per resource, at least 1
 * @param firstPause the pause after the first failed try
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for a whole answer
 */
public record FetchPolicy(int attempts, Duration firstPause, Duration connectTimeout, Duration requestTimeout) {

    /** Five tries, 0.2 s first pause, 20 s to connect, 60 s per answer: an auditor's patience over a slow link. */
    public static final FetchPolicy PATIENT =
            new FetchPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(20), Duration.ofSeconds(60));

    public FetchPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("fetch attempts " + attempts + " must be at least 1");
        }
        requirePositive("first pause", firstPause);
        requirePositive("connect timeout", connectTimeout);
        requirePositive("request timeout", requestTimeout);
    }

    private static void requirePositive(String what, Duration value) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " " + value + " must be positive");
        }
    }
}

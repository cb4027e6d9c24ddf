package org.crossings.server.stats;

import java.time.Duration;
import java.util.Arrays;

/**
 * The waits of one cell, in milliseconds: a growable array of {@code long}s (8 bytes a wait, no boxing), so that
 * percentiles can be taken exactly rather than estimated.
 */
final class Durations {

    private long[] millis = new long[4];
    private int size;

    void add(long wait) {
        if (size == millis.length) {
            millis = Arrays.copyOf(millis, size * 2);
        }
        millis[size++] = wait;
    }

    void addAll(Durations other) {
        for (int i = 0; i < other.size; i++) {
            add(other.millis[i]);
        }
    }

    int size() {
        return size;
    }

    /** The waits, sorted ascending. */
    long[] sorted() {
        long[] sorted = Arrays.copyOf(millis, size);
        Arrays.sort(sorted);
        return sorted;
    }

    /**
     * The {@code percent}-th percentile of sorted waits by nearest rank: the wait at 1-based rank
     * {@code ceil(percent * n / 100)}. For the waits 1 to 100 ms, the 50th is 50 ms and the 95th is 95 ms.
     */
    static Duration percentile(long[] sorted, int percent) {
        if (sorted.length == 0 || percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percentile " + percent + " of " + sorted.length
                    + " waits: needs at least one wait and a percent from 1 to 100");
        }
        int rank = (int) ((percent * (long) sorted.length + 99) / 100);
        return Duration.ofMillis(sorted[rank - 1]);
    }
}

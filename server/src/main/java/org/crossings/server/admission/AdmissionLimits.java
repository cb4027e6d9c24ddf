package org.crossings.server.admission;

import java.time.Duration;
import java.util.Objects;

/**
 * How many writes a node takes at once, and how long a write waits for a place before it is turned away.
 *
 * @param maxInFlight writes being handled at the same time, at least 1
 * @param maxWait how long a write may wait for one of them to end; zero turns it away at once
 */
public record AdmissionLimits(int maxInFlight, Duration maxWait) {

    public AdmissionLimits {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("crossings.admission.max-in-flight " + maxInFlight
                    + " must be at least 1");
        }
        Objects.requireNonNull(maxWait, "crossings.admission.max-wait");
        if (maxWait.isNegative() || maxWait.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("crossings.admission.max-wait " + maxWait
                    + " must be between PT0S and PT10S: a longer wait is the queueing this bound is there to stop");
        }
    }
}

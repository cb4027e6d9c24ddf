package org.crossings.server.admission;

import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The places for writes in flight on this node. A write {@linkplain #enter() enters} before it is handled and
 * {@linkplain #leave() leaves} when it is answered; one that finds no place within the limits' wait is turned away
 * (shed) and counted. Places are handed out in arrival order, so a waiting write is not overtaken. Safe for concurrent
 * use.
 */
public final class WriteAdmission {

    private final AdmissionLimits limits;
    private final Semaphore places;
    private final AtomicLong shed = new AtomicLong();

    public WriteAdmission(AdmissionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "admission limits");
        this.places = new Semaphore(limits.maxInFlight(), true);
    }

    /**
     * Takes a place, waiting at most the limits' wait for one.
     *
     * @return whether the write may go ahead; if so, it MUST {@link #leave()} once answered
     */
    public boolean enter() {
        try {
            if (places.tryAcquire(limits.maxWait().toNanos(), TimeUnit.NANOSECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shed.incrementAndGet();
        return false;
    }

    /** Gives back the place of a write that {@link #enter() entered}. */
    public void leave() {
        places.release();
    }

    public AdmissionLimits limits() {
        return limits;
    }

    /** Writes being handled now. */
    public int inFlight() {
        return limits.maxInFlight() - places.availablePermits();
    }

    /** Writes turned away since the node started. */
    public long shed() {
        return shed.get();
    }
}

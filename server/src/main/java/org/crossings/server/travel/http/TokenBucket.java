package org.crossings.server.travel.http;

import java.time.Duration;

/**
 * A token bucket: holds up to {@code rate.requests()} tokens, starts full, and refills continuously at
 * {@code rate.requests()} per {@code rate.per()}; a request takes one token or waits. Time is given in nanoseconds
 * of a monotonic clock ({@link System#nanoTime()}), so a clock set back cannot refill it. Not thread-safe: its
 * owner ({@link DoorLimits}) serialises it.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(Rate rate, long now) {
        this.capacity = rate.requests();
        this.tokensPerNano = rate.requests() / (double) rate.per().toNanos();
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** How long until a token is free at {@code now}: zero if one is. */
    Duration waitAt(long now) {
        refill(now);
        return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    /** Takes a token; call only when {@link #waitAt} said zero at the same instant. */
    void take(long now) {
        refill(now);
        if (tokens < 1) {
            throw new IllegalStateException("no token is free");
        }
        tokens -= 1;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}

package org.crossings.bench;

import java.util.SplittableRandom;

/**
 * Log entries of 100 to 200 bytes (150 on average, about a signed movement record), random but reproducible from a
 * seed, so the writer and its baseline store the same bytes.
 */
public final class Entries {

    public static final int MIN_LENGTH = 100;
    public static final int MAX_LENGTH = 200;

    private final SplittableRandom random;

    public Entries(long seed) {
        this.random = new SplittableRandom(seed);
    }

    public byte[] next() {
        byte[] entry = new byte[random.nextInt(MIN_LENGTH, MAX_LENGTH + 1)];
        random.nextBytes(entry);
        return entry;
    }
}

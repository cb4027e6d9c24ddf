package org.crossings.tlog.witness;

import java.util.Optional;
import org.crossings.tlog.checkpoint.SignedCheckpoint;

/**
 * Where a witness keeps the latest checkpoint it cosigned for each origin: the memory that stops it from ever
 * cosigning a smaller tree, or two roots for one size.
 */
public interface WitnessState {

    /** The latest checkpoint cosigned for the origin, with its cosignature, or empty if none yet. */
    Optional<SignedCheckpoint> latest(String origin);

    /**
     * Replaces the latest checkpoint of the origin by {@code next}, only if it is still {@code expected} (same
     * checkpoint text, or none); atomic and durable before it returns true.
     *
     * @return false if another request changed the state first: then nothing was written
     */
    boolean compareAndSet(String origin, Optional<SignedCheckpoint> expected, SignedCheckpoint next);
}

package org.crossings.server.stats;

import java.util.function.Consumer;
import org.crossings.server.journal.Envelope;

/**
 * Every envelope of the log, as the statistics read it: the public part of each entry, nothing else. Any party
 * holding a copy of the log can provide this port, and so recompute the very same statistics.
 */
@FunctionalInterface
public interface TravelEnvelopes {

    /**
     * Gives every envelope of the log to {@code each}, in log order (by index, from entry 0).
     *
     * <p>Implementations MUST give each entry exactly once and MUST keep log order; they MUST NOT skip entries of
     * other features (the statistics ignore those themselves). A log that grows meanwhile MAY be read up to any
     * size it had during the call.
     */
    void forEach(Consumer<Envelope> each);
}

package org.crossings.server.journal;

import java.util.Optional;

/**
 * How the journal stands, for readiness and monitoring: the log's size, how many entries the read models have
 * applied, how many entries were set aside, and why the read models are stopped if they are.
 */
public record JournalStatus(long logSize, long applied, long findings, Optional<String> stopped) {

    /** Entries in the log that the read models have not applied yet. */
    public long lag() {
        return Math.max(0, logSize - applied);
    }
}

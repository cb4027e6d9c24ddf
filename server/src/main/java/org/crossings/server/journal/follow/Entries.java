package org.crossings.server.journal.follow;

import java.util.List;

/**
 * The log's entries as this node follows them, in log order: this node's own log now, the operator's tiles for a
 * party's mirror later.
 *
 * <p>Contract: {@link #size} MUST count only entries that are durable in the log (acknowledged), and {@link #read}
 * MUST answer every entry below that size, byte for byte as the log holds it, in order. Neither may assume a
 * transaction shared with the writer or with the follower's read models.
 */
public interface Entries {

    /** How many entries, from entry 0, the log durably holds now. */
    long size();

    /** At most {@code count} consecutive entries from {@code first} on; fewer only where the log ends. */
    List<byte[]> read(long first, int count);
}

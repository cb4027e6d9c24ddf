package org.crossings.server.journal;

/**
 * This node's watch over its own log: now and then it checks that every stored entry is still the entry the log's
 * signed checkpoints commit to (each entry against its tile, the tiles against the tree, the tree against the latest
 * checkpoint's root, the checkpoint against the log's key), and says what it found. An entry edited or deleted in
 * the database, or a lost tile, shows here long before a party's auditor finds it.
 *
 * <p>Contract: {@link #latest()} MUST answer at once from the last scan that finished, and MUST NOT scan itself, so
 * that health checks and metrics can call it as often as they like. A scan that cannot read the storage MUST report
 * so ({@link IntegrityReport.Status#NOT_CHECKED}), never as a discrepancy: a failure to read is not evidence.
 */
public interface IntegrityScan {

    /** What the last finished scan found; {@link IntegrityReport.Status#NOT_SCANNED_YET} before the first one. */
    IntegrityReport latest();
}

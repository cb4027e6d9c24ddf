package org.crossings.server.journal;

/**
 * A read model built from the log: it applies every entry, in log order, and nothing else writes it. Because of
 * that, dropping it ({@link #reset}) and replaying the log gives the same state, on this node or on any party's.
 *
 * <p>Contract: {@link #apply} MUST depend only on the entries applied before and the entry given (never on the
 * clock or on other data), MUST ignore entry types it does not know, and runs inside the transaction that also
 * records how far the log has been applied, so a crash never applies an entry twice nor skips one.
 */
public interface Projection {

    void apply(Recorded entry);

    /** Drops everything this projection built. */
    void reset();
}

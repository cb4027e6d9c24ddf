package org.crossings.server.journal;

/**
 * A read model built from the log: it applies every entry, in log order, and nothing else writes it. Because of
 * that, dropping it ({@link #reset}) and replaying the log gives the same state, on this node or on any party's.
 *
 * <p>Contract: {@link #apply} MUST depend only on the entries applied before and the entry given (never on the
 * clock or on other data), MUST ignore entry types it does not know, and runs inside the transaction that also
 * records how far the log has been applied, so a crash never applies an entry twice nor skips one.
 *
 * <p>An entry it cannot take (a shape it cannot read, a value its database refuses, a step its model does not
 * allow) it MUST refuse by throwing, and MUST NOT have changed anything of its own that outlives the transaction
 * before it throws (in-memory state is changed last, or only once the transaction commits): the journal then rolls
 * back what this projection wrote for that entry, sets the entry aside for this projection alone as a {@link Finding},
 * and goes on with the next entry, identically on every node. It MUST NOT catch and hide a database's failure to
 * answer (a lost connection): that is retried, never confused with a bad entry.
 */
public interface Projection {

    void apply(Recorded entry);

    /** The name findings give this read model. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Drops everything this projection built. */
    void reset();
}

package org.crossings.server.journal;

/**
 * A read model built from the log: it applies every entry, in log order, and nothing else writes it. Because of
 * that, dropping it ({@link #reset}) and replaying the log gives the same state, on this node or on any party's.
 * Every projection there is is listed, in order and with what it depends on, in one {@link ProjectionList}.
 *
 * <p>Contract (checked for every registered projection by {@code ProjectionContractTest}):
 * <ul>
 *   <li>{@link #apply} MUST be total over what the log can hold: any bytes a hostile or faulty writer could have
 *       signed (a payload of the wrong shape, missing members, NUL or other text a database refuses, numbers no
 *       integer holds, steps its model does not allow) either apply or are refused, and nothing else happens.</li>
 *   <li>An entry it cannot take it MUST refuse by throwing, and MUST NOT have changed anything of its own that
 *       outlives the transaction before it throws (in-memory state is changed last, or only once the transaction
 *       commits): the journal rolls back this projection's share to a savepoint, sets the entry aside for it alone
 *       as a {@link Finding}, and goes on with the next entry. The refusal MUST be the same on every node for the same
 *       log, so its reason MUST NOT name anything local (a time, a host, a random id).</li>
 *   <li>It MUST depend only on the entries applied before, the entry given, and the projections listed before it
 *       that it declares it depends on. It MUST NOT read the wall clock, draw random numbers, or read data from
 *       outside the log (configuration, files, the network): the time of a change is its envelope's time.</li>
 *   <li>It MUST ignore entry types it does not know, and entries about subjects it does not keep.</li>
 *   <li>Replay MUST be idempotent from a rebuild: after {@link #reset} and the same entries again it holds the same
 *       state and refuses the same entries for the same reasons. It runs inside the transaction that also records
 *       how far the log has been applied, so a crash never applies an entry twice nor skips one.</li>
 *   <li>It MUST NOT catch and hide a database's failure to answer (a lost connection): that is retried, never
 *       confused with a bad entry.</li>
 * </ul>
 */
public interface Projection {

    void apply(Recorded entry);

    /** The name findings give this read model; the same on every node. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Drops everything this projection built. */
    void reset();
}

package org.crossings.server.journal;

import java.util.Optional;

/**
 * Checks that an entry's envelope is signed by its acting party's key as the log knew that party's keys at the
 * envelope's time. The projector asks before any read model is given an entry: an entry signed by anyone else is set
 * aside on every node, however it got into the log.
 *
 * <p>Contract: {@link #refusal} MUST depend only on the entry and the entries applied before it (it is asked inside
 * the transaction that applies the entry, so it sees the keys registered by earlier entries of the same chunk), and
 * MUST NOT throw for anything an entry can hold: a malformed envelope or key is a refusal, not an exception.
 */
@FunctionalInterface
public interface EnvelopeSignatures {

    /** Empty if the envelope carries its actor's valid signature; otherwise why it does not. */
    Optional<String> refusal(Recorded entry);

    /** Forgets whatever it remembered of the keys: the read models are dropped and the log replayed from entry 0. */
    default void forget() {
    }

    /** Accepts every envelope: for tests of the journal alone, whose parties no log registered. */
    static EnvelopeSignatures unchecked() {
        return entry -> Optional.empty();
    }
}

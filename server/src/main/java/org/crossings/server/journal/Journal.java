package org.crossings.server.journal;

/**
 * The one path of every change: an event, signed by the acting party's key, appended to the log, applied to the read
 * models.
 *
 * <p>Contract: {@link #record} MUST make the payload durable before the envelope enters the log, MUST return only
 * once the entry is durable in the log (its index acknowledged) and every projection has applied it, and MUST NOT
 * acknowledge an entry that is not in the log. Callers that decide against current state MUST hold the subject's
 * lock ({@link #exclusively}) from reading that state until {@code record} returns, so that two decisions about one
 * subject never both pass against the same state.
 */
public interface Journal {

    Recorded record(Event event);

    /** Runs {@code work} while no other caller works on the same subject. */
    <T> T exclusively(Subject subject, java.util.function.Supplier<T> work);
}

/**
 * The journal: the border system's use of the verifiable log (module {@code tlog}). Every change of state becomes an
 * entry in one log, which this node writes, signs and serves read-only as C2SP tlog-tiles says, so that every party
 * can check it with its own tools.
 *
 * <p>It owns the envelope format (docs/envelope.md: {@link org.crossings.server.journal.Envelope},
 * {@link org.crossings.server.journal.EnvelopeFormat}) and knows nothing of borders: parties are
 * {@link org.crossings.server.journal.Signatory signatories}, and a feature's public facts are
 * {@link org.crossings.server.journal.PublicFacts} it does not interpret. Its two sides:
 * <ul>
 *   <li>the write side ({@code store}, {@link org.crossings.server.journal.store.PostgresJournal}): validate, sign,
 *       append, acknowledge;</li>
 *   <li>the follow side ({@code follow}): read entries and owed payloads through two ports, check signatures, apply
 *       the projections in log order.</li>
 * </ul>
 */
package org.crossings.server.journal;

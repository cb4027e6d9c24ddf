/**
 * The journal's follow side: it reads the log's entries ({@link org.crossings.server.journal.follow.Entries}) and
 * the payload parts owed to this node ({@link org.crossings.server.journal.follow.OwedPayloads}), checks each
 * envelope's signature against its actor's keys at the envelope's time
 * ({@link org.crossings.server.journal.EnvelopeSignatures}), and hands the entries to the projections in log order,
 * setting aside what they cannot take ({@link org.crossings.server.journal.Finding}). It reads through the two ports
 * only, so that a party's mirror can follow the operator's log over HTTP with the same code; its own position and its
 * findings it keeps in this node's database, in the transaction that applies the read models.
 *
 * <p>The write side (validate, sign, append, acknowledge) is {@link org.crossings.server.journal.store.PostgresJournal},
 * which hands the follower the entries it appends by waking it.
 */
package org.crossings.server.journal.follow;

/**
 * The journal's PostgreSQL and file adapters on this node: the write side ({@code PostgresJournal}: payload first,
 * then the signed envelope into the log, then wait for the follow side), the private payloads, the local
 * {@code Entries} of the follow side, receipts, the integrity scan, and the keys this node signs with.
 */
package org.crossings.server.journal.store;

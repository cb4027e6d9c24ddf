/**
 * Auditing a whole log: checking that the entries and hash tiles a log keeps or serves
 * (<a href="https://c2sp.org/tlog-tiles">C2SP tlog-tiles</a>) are the log its signed checkpoint
 * (<a href="https://c2sp.org/tlog-checkpoint">C2SP tlog-checkpoint</a>) commits to, by recomputing the RFC 9162 tree
 * from the entries. {@link org.crossings.tlog.audit.LogAudit} does the checking over the small port
 * {@link org.crossings.tlog.audit.LogResources}, so the same code checks the log's own storage (before a rebuild, in
 * the server's background scan) and, later, a party's mirror; what it finds is a
 * {@link org.crossings.tlog.audit.Discrepancy} with the evidence another party can re-check.
 *
 * <p>A reader: it never depends on the writer ({@code log}, {@code storage}); the storage adapts to it.
 */
package org.crossings.tlog.audit;

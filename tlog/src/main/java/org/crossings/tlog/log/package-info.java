/**
 * The log writer: sequence, integrate, publish.
 *
 * <p>{@link org.crossings.tlog.log.LogWriter} gives entries their indexes in group commits, integrates them into the
 * Merkle tree of <a href="https://www.rfc-editor.org/rfc/rfc9162">RFC 9162</a> and its hash tiles of
 * <a href="https://c2sp.org/tlog-tiles">tlog-tiles</a>, and signs checkpoints after
 * <a href="https://c2sp.org/tlog-checkpoint">tlog-checkpoint</a> and <a href="https://c2sp.org/signed-note">signed-note</a>.
 * {@link org.crossings.tlog.log.LogReads} serves what a tlog-tiles client fetches. Everything durable goes through
 * the {@link org.crossings.tlog.storage.LogStorage} port.
 */
package org.crossings.tlog.log;

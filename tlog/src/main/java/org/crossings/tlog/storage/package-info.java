/**
 * Where the log keeps what it has sequenced: entries by index, hash tiles as bytes, the tree state and the
 * checkpoints it published.
 *
 * <p>The port {@link org.crossings.tlog.storage.LogStorage} knows nothing of Merkle trees: the writer in
 * {@code org.crossings.tlog.log} computes every hash and hands the storage finished bytes, so an adapter only has to
 * be atomic and honest. The tiles it keeps are the hash tiles of <a href="https://c2sp.org/tlog-tiles">tlog-tiles</a>;
 * the checkpoints are signed notes after <a href="https://c2sp.org/tlog-checkpoint">tlog-checkpoint</a>.
 */
package org.crossings.tlog.storage;

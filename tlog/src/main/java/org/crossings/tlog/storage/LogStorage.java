package org.crossings.tlog.storage;

import java.util.List;
import java.util.Optional;

/**
 * Durable storage of one transparency log: the sequenced entries, the hash tiles, the tree state and the history of
 * published checkpoints.
 *
 * <p>The port knows no Merkle trees. The writer computes leaf hashes, tiles and roots; the storage keeps bytes. What it
 * must guarantee is what the log's promises rest on: an acknowledged entry is never lost nor moved, and no reader ever
 * sees half a batch. Adapters prove it by passing {@code LogStorageContract} (in this module's test-jar).
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #commit} MUST apply a batch atomically: its entries, its tiles and the new state all become visible
 *       together, or nothing of it does (also when the process dies mid-way).</li>
 *   <li>{@link #commit} MUST reject, with {@link StaleBatchException}, a batch whose first index is not the current
 *       stored size, so that of two writers (or a stale one) only one can extend the tree at a given size.</li>
 *   <li>Entries once committed MUST NOT change nor disappear; a batch MUST NOT overwrite them.</li>
 *   <li>A stored tile MAY be replaced by a batch only with bytes that begin with the stored bytes (a partial tile
 *       grows, it never changes); a batch that tries otherwise MUST be rejected with
 *       {@link BatchRejectedException}.</li>
 *   <li>{@link #publish} MUST NOT accept a checkpoint smaller than the latest published one, nor one for a size
 *       beyond the stored tree; it MUST keep every accepted checkpoint (the history is evidence).</li>
 *   <li>Reads MUST return exactly the bytes committed, and MUST NOT return anything of an uncommitted batch.
 *       Returned arrays are the caller's: changing them MUST NOT change the storage.</li>
 *   <li>Implementations MUST be safe for use from several threads.</li>
 * </ul>
 */
public interface LogStorage {

    /** The tree state of the last committed batch, or empty when nothing was ever committed (size 0). */
    Optional<TreeState> state();

    /**
     * Commits one batch: entries from {@code batch.firstIndex()}, the tiles they changed and the new state.
     *
     * @throws StaleBatchException if the batch does not start at the stored size; nothing was kept
     * @throws BatchRejectedException if a tile would change rather than grow; nothing was kept
     * @throws LogStorageException if the storage failed; the batch may or may not have been kept, so the writer
     *     must read {@link #state()} again before it goes on
     */
    void commit(Batch batch);

    /**
     * The committed entries with indexes {@code start} to {@code start + count - 1}, in order; fewer (possibly none)
     * where the tree ends before.
     */
    List<byte[]> entries(long start, int count);

    /** The stored bytes of hash tile ({@code level}, {@code index}): full, or partial as last committed. */
    Optional<byte[]> tile(int level, long index);

    /**
     * Records a checkpoint the log signed.
     *
     * @throws CheckpointRejectedException if its size is below the latest published one or beyond the stored tree
     */
    void publish(PublishedCheckpoint checkpoint);

    /** The most recently published checkpoint, or empty if none was ever published. */
    Optional<PublishedCheckpoint> latestCheckpoint();

    /** Every published checkpoint with a size from {@code minSize} to {@code maxSize} inclusive, oldest first. */
    List<PublishedCheckpoint> checkpoints(long minSize, long maxSize);
}

package org.crossings.tlog.log;

import java.util.List;
import org.crossings.tlog.merkle.CompactRange;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.storage.Batch;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.TreeState;

/**
 * The writer's in-memory view of the committed tree: its compact range and edge tiles. It turns sequenced entries
 * into a storage {@link Batch} (leaf hashes, grown tiles, new root) without re-reading anything.
 *
 * <p>Building a batch moves the view ahead of the storage; if the commit then fails the view is thrown away and
 * {@link #load loaded} again, because the storage is the truth (the commit may even have succeeded).
 */
final class TreeIntegration {

    private final CompactRange range;
    private final TileEdges tiles;

    private TreeIntegration(CompactRange range, TileEdges tiles) {
        this.range = range;
        this.tiles = tiles;
    }

    /**
     * The view of the tree committed in {@code storage}, checked against the stored state.
     *
     * @throws InconsistentLogException if the stored tiles do not yield the stored root
     */
    static TreeIntegration load(LogStorage storage) {
        var state = storage.state();
        if (state.isEmpty()) {
            return new TreeIntegration(CompactRange.empty(), TileEdges.load(0, storage));
        }
        long size = state.get().size();
        CompactRange range = CompactRange.restore(size, StoredTiles.nodes(storage, size));
        Hash storedRoot = new Hash(state.get().root());
        if (!range.root().equals(storedRoot)) {
            throw new InconsistentLogException("the stored tiles of the tree of size " + size
                    + " do not yield the stored root", size, storedRoot, range.root(), null);
        }
        return new TreeIntegration(range, TileEdges.load(size, storage));
    }

    long size() {
        return range.size();
    }

    Hash root() {
        return range.root();
    }

    /** Appends the entries to the view and returns the batch that commits them. */
    Batch integrate(List<byte[]> entries) {
        long first = range.size();
        for (byte[] entry : entries) {
            range.append(TreeHash.leaf(entry), tiles::completed);
        }
        return new Batch(first, entries, tiles.drainChanged(), new TreeState(range.size(), range.root().bytes()));
    }
}

package org.crossings.tlog.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.crossings.tlog.merkle.CompactRange;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.HashTile;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TilePath;

/**
 * One step of an audit: walks the entries of the tree of {@code size} from where the compact range stands, hashes
 * each one, compares its leaf hash with its level-0 tile, folds it into the range, and compares every node the fold
 * completes at a tile level (8, 16, ...) with the tile that holds it. Holds the range, one bundle, and one tile per
 * level; it reads each bundle and tile once.
 */
final class TreeWalk {

    private final long size;
    private final LogResources log;
    private final Evidence evidence;
    private final CompactRange range;
    /** The tile last read at each tile level; a walk moves rightwards, so one per level is enough. */
    private final List<TilePath> paths = new ArrayList<>();
    private final List<List<Hash>> tiles = new ArrayList<>();

    TreeWalk(long size, LogResources log, Evidence evidence, CompactRange range) {
        this.size = size;
        this.log = log;
        this.evidence = evidence;
        this.range = range;
    }

    /**
     * Walks on until the range covers {@code end} entries and returns it.
     *
     * @throws DiscrepancyFound at the first entry or tile that differs from the recomputation, or is not kept
     */
    CompactRange to(long end) {
        while (range.size() < end) {
            EntryBundlePath bundle = TileLayout.entryBundle(range.size(), size);
            long first = bundle.index() * TileLayout.WIDTH;
            walkBundle(bundle, (int) (range.size() - first), (int) Math.min(bundle.width(), end - first));
        }
        return range;
    }

    /** Checks and folds positions {@code from} to {@code to - 1} of the bundle. */
    private void walkBundle(EntryBundlePath bundle, int from, int to) {
        List<byte[]> entries = log.entries(bundle);
        List<Hash> tile = hashes(bundle.tile());
        long first = bundle.index() * TileLayout.WIDTH;
        for (int position = from; position < to; position++) {
            if (position >= entries.size()) {
                throw evidence.entryMissing(first + position, bundle, entries.size());
            }
            Hash leaf = TreeHash.leaf(entries.get(position));
            if (!leaf.equals(tile.get(position))) {
                throw evidence.entryDiffers(first + position, bundle, entries.size(), leaf, tile.get(position));
            }
            range.append(leaf, this::completed);
        }
    }

    /** A node the fold completed: one at a tile level above 0 must be the hash its tile holds. */
    private void completed(int level, long index, Hash hash) {
        if (level == 0 || level % TileLayout.HEIGHT != 0) {
            return;
        }
        TilePath tile = TileLayout.tile(level / TileLayout.HEIGHT, index / TileLayout.WIDTH, size).orElseThrow();
        Hash kept = hashes(tile).get((int) (index % TileLayout.WIDTH));
        if (!kept.equals(hash)) {
            throw evidence.tileDiffers(tile, index, hash, kept);
        }
    }

    /** The hashes of a tile of the tree, read once while the walk is in it. */
    private List<Hash> hashes(TilePath tile) {
        while (paths.size() <= tile.level()) {
            paths.add(null);
            tiles.add(null);
        }
        if (!tile.equals(paths.get(tile.level()))) {
            tiles.set(tile.level(), read(tile));
            paths.set(tile.level(), tile);
        }
        return tiles.get(tile.level());
    }

    private List<Hash> read(TilePath tile) {
        byte[] kept = log.tile(tile).orElseThrow(() -> evidence.tileMissing(tile, -1));
        int length = tile.width() * Hash.SIZE;
        if (kept.length < length) {
            throw evidence.tileMissing(tile, kept.length / Hash.SIZE);
        }
        return HashTile.decode(kept.length == length ? kept : Arrays.copyOf(kept, length), tile);
    }
}

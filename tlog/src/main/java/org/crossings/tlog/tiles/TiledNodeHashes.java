package org.crossings.tlog.tiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.NodeHashes;
import org.crossings.tlog.merkle.TreeHash;

/**
 * The complete-subtree hashes of one tree size, read from its tiles: so roots, inclusion and consistency proofs can
 * be computed from tlog-tiles resources alone (see {@link TreeHash#root}, {@code InclusionProof.prove}).
 *
 * <p>A node at a level between tile levels is hashed from the tile below it. Recently read tiles are kept (least
 * recently used first out) because a proof reads several nodes from the same few tiles. If a partial tile cannot be
 * read, the full tile is tried instead, as tlog-tiles allows once the log has grown past it. Safe for concurrent use.
 */
public final class TiledNodeHashes implements NodeHashes {

    private static final int DEFAULT_CACHED_TILES = 64;

    private final long treeSize;
    private final TileSource source;
    private final Map<TilePath, List<Hash>> cache;

    /** Reads tiles of the tree of {@code treeSize} from {@code source}, keeping up to 64 of them. */
    public TiledNodeHashes(long treeSize, TileSource source) {
        this(treeSize, source, DEFAULT_CACHED_TILES);
    }

    /** As above, keeping up to {@code cachedTiles} decoded tiles (at most 8 KiB of hashes each). */
    public TiledNodeHashes(long treeSize, TileSource source, int cachedTiles) {
        if (treeSize < 0) {
            throw new IllegalArgumentException("tree size " + treeSize + " must not be negative");
        }
        if (cachedTiles < 1) {
            throw new IllegalArgumentException("cached tiles " + cachedTiles + " must be at least 1");
        }
        this.treeSize = treeSize;
        this.source = Objects.requireNonNull(source, "tile source");
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TilePath, List<Hash>> eldest) {
                return size() > cachedTiles;
            }
        };
    }

    /** The tree size whose tiles these are. */
    public long treeSize() {
        return treeSize;
    }

    /**
     * @throws IllegalArgumentException if the node is not complete in this tree, or a tile is malformed
     * @throws UncheckedIOException if the source fails to read a tile
     */
    @Override
    public Hash node(int level, long index) {
        TileLayout.NodeLocation location = TileLayout.locate(level, index, treeSize);
        List<Hash> hashes = hashes(location.tile());
        return subtree(hashes, location.firstHash(), location.hashCount());
    }

    private List<Hash> hashes(TilePath tile) {
        synchronized (cache) {
            List<Hash> cached = cache.get(tile);
            if (cached != null) {
                return cached;
            }
        }
        List<Hash> hashes = read(tile);
        synchronized (cache) {
            cache.put(tile, hashes);
        }
        return hashes;
    }

    private List<Hash> read(TilePath tile) {
        try {
            return HashTile.decode(source.read(tile), tile);
        } catch (IOException partialFailure) {
            if (!tile.isPartial()) {
                throw new UncheckedIOException("cannot read tile " + tile, partialFailure);
            }
            try {
                return HashTile.decode(source.read(tile.toFull()), tile.toFull()).subList(0, tile.width());
            } catch (IOException fullFailure) {
                partialFailure.addSuppressed(fullFailure);
                throw new UncheckedIOException("cannot read tile " + tile + " nor " + tile.toFull(), partialFailure);
            }
        }
    }

    /** The Merkle hash of {@code count} (a power of two) consecutive tile hashes from {@code first}. */
    private static Hash subtree(List<Hash> hashes, int first, int count) {
        if (count == 1) {
            return hashes.get(first);
        }
        int half = count / 2;
        return TreeHash.node(subtree(hashes, first, half), subtree(hashes, first + half, half));
    }
}

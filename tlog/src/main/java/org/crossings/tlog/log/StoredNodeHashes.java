package org.crossings.tlog.log;

import static org.crossings.tlog.log.TileEdges.TILE_HEIGHT;
import static org.crossings.tlog.log.TileEdges.TILE_WIDTH;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.NodeHashes;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.storage.LogStorage;

/**
 * Node hashes of the stored tree, read from the hash tiles in a {@link LogStorage}.
 *
 * <p>A node at Merkle level {@code 8L + k} is the root of {@code 2^k} consecutive hashes of tile level {@code L},
 * all in one tile, so it is recomputed from them. This is what the writer uses
 * to check that what it stored still yields the roots it signed. Each tile is read once per instance.
 */
final class StoredNodeHashes implements NodeHashes {

    private final LogStorage storage;
    private final Map<String, byte[]> tiles = new HashMap<>();

    /** Reads tiles from {@code storage}, each at most once in the life of this object: make one per check. */
    StoredNodeHashes(LogStorage storage) {
        this.storage = storage;
    }

    private byte[] tile(int level, long index) {
        String key = level + "/" + index;
        byte[] tile = tiles.get(key);
        if (tile == null) {
            tile = storage.tile(level, index).orElse(new byte[0]);
            tiles.put(key, tile);
        }
        return tile;
    }

    @Override
    public Hash node(int level, long index) {
        int tileLevel = level / TILE_HEIGHT;
        int height = level % TILE_HEIGHT;
        long first = index << height;
        long tileIndex = first / TILE_WIDTH;
        int offset = (int) (first % TILE_WIDTH);
        int count = 1 << height;
        byte[] tile = tile(tileLevel, tileIndex);
        if (tile.length < (offset + count) * Hash.SIZE) {
            throw new IllegalStateException("node " + level + "/" + index + ": stored tile " + tileLevel + "/"
                    + tileIndex + " has " + tile.length / Hash.SIZE + " hashes, needs " + (offset + count));
        }
        List<Hash> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = (offset + i) * Hash.SIZE;
            hashes.add(new Hash(Arrays.copyOfRange(tile, from, from + Hash.SIZE)));
        }
        return perfectRoot(hashes);
    }

    private static Hash perfectRoot(List<Hash> hashes) {
        List<Hash> row = hashes;
        while (row.size() > 1) {
            List<Hash> up = new ArrayList<>(row.size() / 2);
            for (int i = 0; i < row.size(); i += 2) {
                up.add(TreeHash.node(row.get(i), row.get(i + 1)));
            }
            row = up;
        }
        return row.getFirst();
    }
}

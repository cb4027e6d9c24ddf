package org.crossings.cli.verify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.NodeHashes;
import org.crossings.tlog.merkle.TreeHash;

/**
 * The verified tiles on the right edges of the trees of the previous and the new size: at each level, the tile
 * holding the last node of each tree. Every hash of a consistency proof between those sizes lies in them (proof
 * nodes are siblings of the path to the old tree's last leaf, or complete subtrees on the new tree's right edge),
 * so the auditor can prove consistency from served, checked tiles while keeping a handful of them.
 */
final class KeptTiles implements NodeHashes {

    private final long previousSize;
    private final long size;
    private final Map<LogResource, List<Hash>> tiles = new HashMap<>();

    KeptTiles(long previousSize, long size) {
        this.previousSize = previousSize;
        this.size = size;
    }

    /** Keeps a checked tile if a proof may need it. */
    void offer(LogResource tile, List<Hash> hashes) {
        if (onEdge(previousSize, tile) || onEdge(size, tile)) {
            tiles.put(key(tile.level(), tile.index()), List.copyOf(hashes));
        }
    }

    private static boolean onEdge(long treeSize, LogResource tile) {
        return treeSize > 0 && tile.index() == ((treeSize - 1) >>> (8 * tile.level())) >>> 8;
    }

    /** Node (level, index), hashed up from the tile at level {@code level / 8} that holds its subtree. */
    @Override
    public Hash node(int level, long index) {
        int tileLevel = level / 8;
        int height = level % 8;
        long first = index << height;
        List<Hash> tile = tiles.get(key(tileLevel, first >>> 8));
        int from = (int) (first & 0xFF);
        int count = 1 << height;
        if (tile == null || from + count > tile.size()) {
            throw new IllegalArgumentException("node (level " + level + ", index " + index
                    + ") is not in the tiles kept for sizes " + previousSize + " and " + size);
        }
        return subtreeRoot(tile.subList(from, from + count));
    }

    private static Hash subtreeRoot(List<Hash> nodes) {
        if (nodes.size() == 1) {
            return nodes.getFirst();
        }
        int half = nodes.size() / 2;
        return TreeHash.node(subtreeRoot(nodes.subList(0, half)), subtreeRoot(nodes.subList(half, nodes.size())));
    }

    private static LogResource key(int level, long index) {
        return LogResource.tile(level, index, LogResource.WIDTH);
    }
}

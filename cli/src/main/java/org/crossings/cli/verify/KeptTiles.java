package org.crossings.cli.verify;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossings.tlog.client.TileResource;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.NodeHashes;
import org.crossings.tlog.tiles.HashTile;
import org.crossings.tlog.tiles.TilePath;
import org.crossings.tlog.tiles.TiledNodeHashes;

/**
 * The checked tiles on the right edges of the trees of the previous and the new size: at each level, the tile
 * holding the last node of each tree. Every hash of a consistency proof between those sizes lies in them (proof
 * nodes are siblings of the path to the old tree's last leaf, or complete subtrees on the new tree's right edge),
 * so the auditor can prove consistency from served and checked tiles while keeping only a handful of them.
 */
final class KeptTiles implements NodeHashes {

    private final long previousSize;
    private final long size;
    private final Map<TilePath, byte[]> tiles = new HashMap<>();
    private final TiledNodeHashes nodes;

    KeptTiles(long previousSize, long size) {
        this.previousSize = previousSize;
        this.size = size;
        this.nodes = new TiledNodeHashes(size, this::read);
    }

    /** Keeps a checked tile (as the tree of the new size has it) if a proof may need it. */
    void offer(TileResource tile, List<Hash> hashes) {
        if (onEdge(previousSize, tile) || onEdge(size, tile)) {
            tiles.put(tile.tilePath(), HashTile.encode(hashes));
        }
    }

    private static boolean onEdge(long treeSize, TileResource tile) {
        return treeSize > 0 && tile.index() == ((treeSize - 1) >>> (8 * tile.level())) >>> 8;
    }

    private byte[] read(TilePath path) throws IOException {
        byte[] tile = tiles.get(path);
        if (tile == null) {
            throw new IOException("tile " + path + " is not among the tiles kept for sizes " + previousSize + " and "
                    + size);
        }
        return tile;
    }

    /** How many tiles are kept. */
    int size() {
        return tiles.size();
    }

    @Override
    public Hash node(int level, long index) {
        return nodes.node(level, index);
    }
}

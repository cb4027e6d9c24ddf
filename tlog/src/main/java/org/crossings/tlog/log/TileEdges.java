package org.crossings.tlog.log;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.StoredTile;
import org.crossings.tlog.tiles.TileLayout;

/**
 * The rightmost hash tile of every tile level: the only tiles an append can change.
 *
 * <p>After tlog-tiles, tile level {@code L} holds the nodes of Merkle level {@code 8L}, 256 to a tile. The writer feeds
 * each node the compact range completes; at a level that is a multiple of 8 it lands at the end of that level's edge
 * tile. Keeping the edges in memory means a batch never re-reads a tile to grow it. Not thread-safe: the sequencer
 * owns it.
 */
final class TileEdges {

    private static final int TILE_HEIGHT = TileLayout.HEIGHT;
    private static final int TILE_WIDTH = TileLayout.WIDTH;

    private final List<Edge> edges = new ArrayList<>();
    private final Map<Integer, Edge> changed = new LinkedHashMap<>();
    private final List<StoredTile> filled = new ArrayList<>();

    private static final class Edge {
        long index;
        int width;
        final byte[] hashes = new byte[TILE_WIDTH * Hash.SIZE];
    }

    /** The edges of the tree of {@code size} leaves, read from the tiles committed in {@code storage}. */
    static TileEdges load(long size, LogStorage storage) {
        TileEdges tiles = new TileEdges();
        for (int level = 0; (size >>> (TILE_HEIGHT * level)) > 0; level++) {
            long nodes = size >>> (TILE_HEIGHT * level);
            Edge edge = new Edge();
            edge.index = nodes / TILE_WIDTH;
            edge.width = (int) (nodes % TILE_WIDTH);
            if (edge.width > 0) {
                byte[] stored = storedTile(storage, level, edge.index, edge.width);
                System.arraycopy(stored, 0, edge.hashes, 0, edge.width * Hash.SIZE);
            }
            tiles.edges.add(edge);
        }
        return tiles;
    }

    private static byte[] storedTile(LogStorage storage, int level, long index, int width) {
        byte[] stored = storage.tile(level, index).orElseThrow(() -> new IllegalStateException(
                "stored tile " + level + "/" + index + " is missing, yet the stored tree needs " + width + " hashes of it"));
        if (stored.length != width * Hash.SIZE) {
            throw new IllegalStateException("stored tile " + level + "/" + index + " has " + stored.length
                    + " bytes, the stored tree needs exactly " + width * Hash.SIZE);
        }
        return stored;
    }

    /** Takes one node the compact range completed; only nodes at levels that are multiples of 8 go into tiles. */
    void completed(int merkleLevel, long index, Hash hash) {
        if (merkleLevel % TILE_HEIGHT != 0) {
            return;
        }
        int level = merkleLevel / TILE_HEIGHT;
        if (level == edges.size()) {
            edges.add(new Edge());
        }
        Edge edge = edges.get(level);
        if (edge.width == TILE_WIDTH) {
            edge.index++;
            edge.width = 0;
        }
        if (index != edge.index * TILE_WIDTH + edge.width) {
            throw new IllegalStateException("node " + merkleLevel + "/" + index + " does not follow tile " + level
                    + "/" + edge.index + " of width " + edge.width);
        }
        hash.writeTo(edge.hashes, edge.width * Hash.SIZE);
        edge.width++;
        if (edge.width == TILE_WIDTH) {
            filled.add(snapshot(level, edge));
            changed.remove(level);
        } else {
            changed.put(level, edge);
        }
    }

    private static StoredTile snapshot(int level, Edge edge) {
        return new StoredTile(level, edge.index, Arrays.copyOf(edge.hashes, edge.width * Hash.SIZE));
    }

    /** The tiles filled or grown since the last call, whole, and forgets them. */
    List<StoredTile> drainChanged() {
        List<StoredTile> tiles = new ArrayList<>(filled);
        changed.forEach((level, edge) -> tiles.add(snapshot(level, edge)));
        filled.clear();
        changed.clear();
        return tiles;
    }
}

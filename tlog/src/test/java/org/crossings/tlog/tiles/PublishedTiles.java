package org.crossings.tlog.tiles;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossings.tlog.merkle.CompactRange;
import org.crossings.tlog.merkle.Hash;

/**
 * A log's tiles as a writer would publish them: leaves appended with a {@link CompactRange}, the nodes at tile
 * levels collected through its {@link CompactRange.NodeSink}, and at each checkpoint the tiles
 * {@link TileLayout#tilesBetween} names written out.
 */
final class PublishedTiles implements TileSource {

    /** nodes.get(tileLevel) holds the Merkle nodes of level 8 * tileLevel, in index order. */
    private final List<List<Hash>> nodes = new ArrayList<>();
    private final Map<TilePath, byte[]> tiles = new HashMap<>();
    private final CompactRange range = CompactRange.empty();
    private final List<TilePath> reads = new ArrayList<>();

    void append(Hash leafHash) {
        range.append(leafHash, (level, index, hash) -> {
            if (level % TileLayout.HEIGHT == 0) {
                int tileLevel = level / TileLayout.HEIGHT;
                if (tileLevel == nodes.size()) {
                    nodes.add(new ArrayList<>());
                }
                nodes.get(tileLevel).add(hash);
            }
        });
    }

    /** Publishes the tiles that the growth since the previous checkpoint created. */
    void checkpoint(long previousSize) {
        for (TilePath tile : TileLayout.tilesBetween(previousSize, range.size())) {
            long first = tile.index() * TileLayout.WIDTH;
            tiles.put(tile, HashTile.encode(nodes.get(tile.level()).subList((int) first, (int) first + tile.width())));
        }
    }

    /** Deletes every partial tile whose full tile exists, as tlog-tiles allows. */
    void deleteSupersededPartialTiles() {
        tiles.keySet().removeIf(tile -> tile.isPartial() && tiles.containsKey(tile.toFull()));
    }

    CompactRange range() {
        return range;
    }

    List<TilePath> reads() {
        return reads;
    }

    @Override
    public byte[] read(TilePath path) throws IOException {
        reads.add(path);
        byte[] tile = tiles.get(path);
        if (tile == null) {
            throw new NoSuchFileException(path.path());
        }
        return tile.clone();
    }
}

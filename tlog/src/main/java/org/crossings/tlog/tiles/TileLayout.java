package org.crossings.tlog.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which tiles and entry bundles a tree of a given size has, and where each Merkle node lives among them.
 *
 * <p>Tiles are {@value #HEIGHT} levels high: the level-L tile N holds the 256 Merkle nodes of level 8L with indices
 * {@code N * 256 .. N * 256 + 255}; nodes of the seven levels in between are recomputed by hashing inside that tile.
 * At each level, the tiles left of the tree's right edge are full and the one at the edge is partial with
 * {@code floor(size / 256^L) mod 256} hashes (none when that is 0): tlog-tiles "Partial Tiles".
 */
public final class TileLayout {

    /** Merkle levels per tile. */
    public static final int HEIGHT = 8;
    /** Hashes in a full tile, entries in a full bundle. */
    public static final int WIDTH = 1 << HEIGHT;

    private TileLayout() {
    }

    /** Where node {@code (level, index)} is: its tile, and its position among the tile's nodes at that level. */
    public record NodeLocation(TilePath tile, int level, long index, int firstHash, int hashCount) {
    }

    /**
     * The tile holding node {@code (level, index)} of the tree of {@code treeSize}, and the slice of tile hashes
     * ({@code firstHash}, {@code hashCount}, a power of two) whose subtree hash is that node.
     *
     * @throws IllegalArgumentException if the node is not a complete subtree of that tree
     */
    public static NodeLocation locate(int level, long index, long treeSize) {
        if (level < 0 || level >= Long.SIZE - 1 || index < 0 || index >= treeSize >> level) {
            throw new IllegalArgumentException("node (level " + level + ", index " + index
                    + ") is not a complete subtree of the tree of size " + treeSize);
        }
        int tileLevel = level / HEIGHT;
        int below = level % HEIGHT;
        long first = index << below;
        long tileIndex = first / WIDTH;
        TilePath tile = tile(tileLevel, tileIndex, treeSize).orElseThrow();
        return new NodeLocation(tile, level, index, (int) (first % WIDTH), 1 << below);
    }

    /** The level-{@code tileLevel} tile {@code tileIndex} as it exists in the tree of {@code treeSize}, if it does. */
    public static Optional<TilePath> tile(int tileLevel, long tileIndex, long treeSize) {
        long count = nodesAt(tileLevel, treeSize);
        if (tileIndex < 0 || tileIndex > (count - 1) / WIDTH || count == 0) {
            return Optional.empty();
        }
        return Optional.of(new TilePath(tileLevel, tileIndex, (int) Math.min(WIDTH, count - tileIndex * WIDTH)));
    }

    /** The entry bundle holding entry {@code entryIndex} in the tree of {@code treeSize}. */
    public static EntryBundlePath entryBundle(long entryIndex, long treeSize) {
        if (entryIndex < 0 || entryIndex >= treeSize) {
            throw new IllegalArgumentException(
                    "entry index " + entryIndex + " must be in [0, tree size " + treeSize + ")");
        }
        TilePath tile = tile(0, entryIndex / WIDTH, treeSize).orElseThrow();
        return new EntryBundlePath(tile.index(), tile.width());
    }

    /** Every hash tile of the tree of {@code treeSize}: all full tiles and the partial one at each level's edge. */
    public static List<TilePath> tiles(long treeSize) {
        return tilesBetween(0, treeSize);
    }

    /**
     * The hash tiles that growing the tree from {@code oldSize} to {@code newSize} creates: new full and partial
     * tiles, and the wider versions of tiles that were partial. This is what a writer publishes after integrating.
     */
    public static List<TilePath> tilesBetween(long oldSize, long newSize) {
        checkSizes(oldSize, newSize);
        List<TilePath> tiles = new ArrayList<>();
        for (int tileLevel = 0; nodesAt(tileLevel, newSize) > 0; tileLevel++) {
            long oldCount = nodesAt(tileLevel, oldSize);
            long newCount = nodesAt(tileLevel, newSize);
            for (long n = oldCount / WIDTH; oldCount < newCount && n * WIDTH < newCount; n++) {
                tiles.add(new TilePath(tileLevel, n, (int) Math.min(WIDTH, newCount - n * WIDTH)));
            }
        }
        return tiles;
    }

    /** Every entry bundle of the tree of {@code treeSize}. */
    public static List<EntryBundlePath> entryBundles(long treeSize) {
        return entryBundlesBetween(0, treeSize);
    }

    /** The entry bundles that growing the tree from {@code oldSize} to {@code newSize} creates or widens. */
    public static List<EntryBundlePath> entryBundlesBetween(long oldSize, long newSize) {
        return tilesBetween(oldSize, newSize).stream()
                .filter(tile -> tile.level() == 0)
                .map(tile -> new EntryBundlePath(tile.index(), tile.width()))
                .toList();
    }

    /** How many complete Merkle nodes the tree has at merkle level {@code 8 * tileLevel}. */
    private static long nodesAt(int tileLevel, long treeSize) {
        int level = tileLevel * HEIGHT;
        return level >= Long.SIZE ? 0 : treeSize >>> level;
    }

    private static void checkSizes(long oldSize, long newSize) {
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("old size " + oldSize + " must be in [0, new size " + newSize + "]");
        }
    }
}

package org.crossings.tlog.client;

import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TilePath;

/**
 * One static resource of a tlog-tiles log under {@code tile/}: an entry bundle or a hash tile, full (width 256) or
 * partial. One type for both, because a client fetches them in one stream (an audit's plan, a mirror's copy); paths
 * come from {@link TilePath} and {@link EntryBundlePath}.
 *
 * @param level the tile level (0 holds leaf hashes), or {@link #ENTRIES} for an entry bundle
 * @param index the tile or bundle index within its level
 * @param width how many hashes or entries it holds, 1 to 256
 */
public record TileResource(int level, long index, int width) {

    /** The tile width of tlog-tiles: 2^8 hashes per tile, 256 entries per bundle. */
    public static final int WIDTH = TileLayout.WIDTH;

    /** The pseudo-level of entry bundles. */
    public static final int ENTRIES = -1;

    public TileResource {
        if (level < ENTRIES || level > TilePath.MAX_LEVEL) {
            throw new IllegalArgumentException("tile level " + level + " must be in [0, 63] (or -1 for entries)");
        }
        if (index < 0) {
            throw new IllegalArgumentException("tile index " + index + " must not be negative");
        }
        if (width < 1 || width > WIDTH) {
            throw new IllegalArgumentException("tile width " + width + " must be in [1, " + WIDTH + "]");
        }
    }

    /** Entry bundle {@code index} with {@code width} entries. */
    public static TileResource bundle(long index, int width) {
        return new TileResource(ENTRIES, index, width);
    }

    /** The level-{@code level} hash tile {@code index} with {@code width} hashes. */
    public static TileResource tile(int level, long index, int width) {
        return new TileResource(level, index, width);
    }

    /** The hash tile at {@code path}. */
    public static TileResource of(TilePath path) {
        return tile(path.level(), path.index(), path.width());
    }

    /** The entry bundle at {@code path}. */
    public static TileResource of(EntryBundlePath path) {
        return bundle(path.index(), path.width());
    }

    public boolean isBundle() {
        return level == ENTRIES;
    }

    public boolean isPartial() {
        return width < WIDTH;
    }

    /** The full resource at the same place, which a log may serve instead of a partial one it has deleted. */
    public TileResource full() {
        return new TileResource(level, index, WIDTH);
    }

    /** The path relative to the log's prefix. */
    public String path() {
        return isBundle() ? bundlePath().path() : tilePath().path();
    }

    /** As a tlog tile path; only for hash tiles. */
    public TilePath tilePath() {
        if (isBundle()) {
            throw new IllegalStateException(this + " is an entry bundle, not a hash tile");
        }
        return new TilePath(level, index, width);
    }

    /** As a tlog entry bundle path; only for entry bundles. */
    public EntryBundlePath bundlePath() {
        if (!isBundle()) {
            throw new IllegalStateException(this + " is a hash tile, not an entry bundle");
        }
        return new EntryBundlePath(index, width);
    }

    /** What it holds, in terms of the tree, so that evidence says what is gone. */
    public String holds() {
        long first = index * WIDTH;
        String range = first + " to " + (first + width - 1);
        return isBundle() ? "entries " + range : "hashes of tree level " + 8 * level + ", nodes " + range;
    }

    @Override
    public String toString() {
        return path();
    }
}

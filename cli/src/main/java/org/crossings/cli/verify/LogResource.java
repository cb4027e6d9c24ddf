package org.crossings.cli.verify;

import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TilePath;

/**
 * One static resource of a tlog-tiles log in an audit's plan: an entry bundle or a hash tile, full (width 256) or
 * partial. One type for both, because the audit fetches them in one stream; paths come from
 * {@link TilePath} and {@link EntryBundlePath}.
 *
 * @param level the tile level (0 holds leaf hashes), or {@link #ENTRIES} for an entry bundle
 * @param index the tile or bundle index within its level
 * @param width how many hashes or entries it holds, 1 to 256
 */
record LogResource(int level, long index, int width) {

    /** The tile width of tlog-tiles: 2^8 hashes per tile, 256 entries per bundle. */
    static final int WIDTH = TileLayout.WIDTH;

    /** The pseudo-level of entry bundles. */
    static final int ENTRIES = -1;

    LogResource {
        if (level < ENTRIES || level > 63) {
            throw new IllegalArgumentException("tile level " + level + " must be in [0, 63] (or -1 for entries)");
        }
        if (index < 0) {
            throw new IllegalArgumentException("tile index " + index + " must not be negative");
        }
        if (width < 1 || width > WIDTH) {
            throw new IllegalArgumentException("tile width " + width + " must be in [1, " + WIDTH + "]");
        }
    }

    static LogResource bundle(long index, int width) {
        return new LogResource(ENTRIES, index, width);
    }

    static LogResource tile(int level, long index, int width) {
        return new LogResource(level, index, width);
    }

    boolean isBundle() {
        return level == ENTRIES;
    }

    boolean isPartial() {
        return width < WIDTH;
    }

    /** The full resource at the same place, which a log may serve instead of a partial one it has deleted. */
    LogResource full() {
        return new LogResource(level, index, WIDTH);
    }

    /** The path relative to the log's prefix. */
    String path() {
        return isBundle() ? bundlePath().path() : tilePath().path();
    }

    /** As a tlog tile path; only for hash tiles. */
    TilePath tilePath() {
        return new TilePath(level, index, width);
    }

    /** As a tlog entry bundle path; only for entry bundles. */
    EntryBundlePath bundlePath() {
        return new EntryBundlePath(index, width);
    }

    @Override
    public String toString() {
        return path();
    }
}

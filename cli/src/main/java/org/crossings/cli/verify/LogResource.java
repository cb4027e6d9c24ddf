package org.crossings.cli.verify;

/**
 * One static resource of a tlog-tiles log: an entry bundle or a hash tile, full (width 256) or partial.
 *
 * <p>Paths follow c2sp.org/tlog-tiles: {@code tile/<L>/<N>[.p/<W>]} and {@code tile/entries/<N>[.p/<W>]}, where
 * {@code <N>} is written in 3-digit groups, all but the last prefixed with {@code x}.
 *
 * @param level the tile level (0 holds leaf hashes), or {@link #ENTRIES} for an entry bundle
 * @param index the tile or bundle index within its level
 * @param width how many hashes or entries it holds, 1 to 256
 */
record LogResource(int level, long index, int width) {

    /** The tile width of tlog-tiles: 2^8 hashes per tile, 256 entries per bundle. */
    static final int WIDTH = 256;

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
        StringBuilder path = new StringBuilder("tile/").append(isBundle() ? "entries" : Integer.toString(level));
        path.append('/').append(indexPath(index));
        if (isPartial()) {
            path.append(".p/").append(width);
        }
        return path.toString();
    }

    private static String indexPath(long index) {
        String groups = String.format("%03d", index % 1000);
        for (long rest = index / 1000; rest > 0; rest /= 1000) {
            groups = String.format("x%03d/", rest % 1000) + groups;
        }
        return groups;
    }

    @Override
    public String toString() {
        return path();
    }
}

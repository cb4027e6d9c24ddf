package org.crossings.tlog.tiles;

import java.util.Objects;

/**
 * The address of a hash tile: {@code tile/<L>/<N>[.p/<W>]} in tlog-tiles.
 *
 * @param level tile level L, 0..63; a level-L tile holds Merkle nodes of level 8L
 * @param index tile index N within its level
 * @param width number of hashes, 1..255 for a partial tile, {@value TileLayout#WIDTH} for a full one
 */
public record TilePath(int level, long index, int width) {

    /** The highest tile level that tlog-tiles allows in a path. */
    public static final int MAX_LEVEL = 63;

    private static final String WHAT = "tile path";

    public TilePath {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("tile level " + level + " must be between 0 and " + MAX_LEVEL);
        }
        if (index < 0) {
            throw new IllegalArgumentException("tile index " + index + " must not be negative");
        }
        if (width < 1 || width > TileLayout.WIDTH) {
            throw new IllegalArgumentException("tile width " + width + " must be between 1 and " + TileLayout.WIDTH);
        }
    }

    /** The full tile at {@code level} and {@code index}. */
    public static TilePath full(int level, long index) {
        return new TilePath(level, index, TileLayout.WIDTH);
    }

    /** Whether this tile has fewer than 256 hashes (the right edge of a level). */
    public boolean isPartial() {
        return width < TileLayout.WIDTH;
    }

    /** The same tile with all 256 hashes: what this partial tile becomes once its level fills up. */
    public TilePath toFull() {
        return full(level, index);
    }

    /** The path relative to the log prefix, e.g. {@code tile/0/x001/x234/067.p/8}. */
    public String path() {
        return "tile/" + level + "/" + IndexSegments.format(index, width);
    }

    /**
     * Parses a path relative to the log prefix, accepting only the canonical spelling.
     *
     * @throws IllegalArgumentException naming the offending segment and its value
     */
    public static TilePath parse(String path) {
        Objects.requireNonNull(path, WHAT);
        String[] segments = path.split("/", -1);
        if (!segments[0].equals("tile")) {
            throw IndexSegments.bad(WHAT, path, "first segment \"" + segments[0] + "\" must be \"tile\"");
        }
        if (segments.length < 3) {
            throw IndexSegments.bad(WHAT, path, "must be \"tile/<level>/<index>[.p/<width>]\"");
        }
        if (segments[1].equals("entries")) {
            throw IndexSegments.bad(WHAT, path, "is an entry bundle path, not a hash tile path");
        }
        int level = (int) IndexSegments.decimal(WHAT, path, "level", segments[1], 0, MAX_LEVEL);
        IndexSegments.Tail tail = IndexSegments.parse(WHAT, path, segments, 2);
        return new TilePath(level, tail.index(), tail.width());
    }

    @Override
    public String toString() {
        return path();
    }
}

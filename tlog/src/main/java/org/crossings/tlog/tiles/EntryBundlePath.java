package org.crossings.tlog.tiles;

import java.util.Objects;

/**
 * The address of an entry bundle: {@code tile/entries/<N>[.p/<W>]} in tlog-tiles. Bundle N holds entries
 * {@code [N * 256, N * 256 + width)}, the entries whose leaf hashes make up level-0 tile N.
 *
 * @param index bundle index N
 * @param width number of entries, 1..255 for a partial bundle, {@value TileLayout#WIDTH} for a full one
 */
public record EntryBundlePath(long index, int width) {

    private static final String WHAT = "entry bundle path";

    public EntryBundlePath {
        if (index < 0) {
            throw new IllegalArgumentException("entry bundle index " + index + " must not be negative");
        }
        if (width < 1 || width > TileLayout.WIDTH) {
            throw new IllegalArgumentException(
                    "entry bundle width " + width + " must be between 1 and " + TileLayout.WIDTH);
        }
    }

    /** The full bundle with index {@code index}. */
    public static EntryBundlePath full(long index) {
        return new EntryBundlePath(index, TileLayout.WIDTH);
    }

    /** Whether this bundle has fewer than 256 entries (the right edge of the log). */
    public boolean isPartial() {
        return width < TileLayout.WIDTH;
    }

    /** The level-0 hash tile whose hashes are the leaf hashes of this bundle's entries. */
    public TilePath tile() {
        return new TilePath(0, index, width);
    }

    /** The path relative to the log prefix, e.g. {@code tile/entries/x001/x234/067.p/8}. */
    public String path() {
        return "tile/entries/" + IndexSegments.format(index, width);
    }

    /**
     * Parses a path relative to the log prefix, accepting only the canonical spelling.
     *
     * @throws IllegalArgumentException naming the offending segment and its value
     */
    public static EntryBundlePath parse(String path) {
        Objects.requireNonNull(path, WHAT);
        String[] segments = path.split("/", -1);
        if (segments.length < 3 || !segments[0].equals("tile") || !segments[1].equals("entries")) {
            throw IndexSegments.bad(WHAT, path, "must be \"tile/entries/<index>[.p/<width>]\"");
        }
        IndexSegments.Tail tail = IndexSegments.parse(WHAT, path, segments, 2);
        return new EntryBundlePath(tail.index(), tail.width());
    }

    @Override
    public String toString() {
        return path();
    }
}

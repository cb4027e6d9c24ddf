package org.crossings.tlog.tiles;

/**
 * The {@code <N>[.p/<W>]} tail shared by hash tile and entry bundle paths: N as zero-padded 3-digit elements, all but
 * the last prefixed with {@code x} (1234067 is {@code x001/x234/067}), and a partial width W in 1..255.
 *
 * <p>Parsing accepts only the one canonical spelling of each index (no leading {@code x000} element), so that a tile
 * has exactly one path and caches cannot be split or poisoned through aliases.
 */
final class IndexSegments {

    /** Index and width of a parsed tail; width is {@link TileLayout#WIDTH} when there is no {@code .p} suffix. */
    record Tail(long index, int width) {
    }

    private IndexSegments() {
    }

    static String format(long index, int width) {
        StringBuilder path = new StringBuilder(String.format("%03d", index % 1000));
        for (long rest = index / 1000; rest > 0; rest /= 1000) {
            path.insert(0, String.format("x%03d/", rest % 1000));
        }
        if (width < TileLayout.WIDTH) {
            path.append(".p/").append(width);
        }
        return path.toString();
    }

    /** Parses {@code segments[from..]} of {@code path}; {@code what} names the kind of path in errors. */
    static Tail parse(String what, String path, String[] segments, int from) {
        int end = segments.length;
        int width = TileLayout.WIDTH;
        if (end - from >= 2 && segments[end - 2].endsWith(".p")) {
            width = (int) decimal(what, path, "width", segments[end - 1], 1, TileLayout.WIDTH - 1);
            segments = segments.clone();
            segments[end - 2] = segments[end - 2].substring(0, segments[end - 2].length() - 2);
            end--;
        }
        if (segments[end - 1].endsWith(".p")) {
            throw bad(what, path, "partial suffix in \"" + segments[end - 1] + "\" must be followed by \"/<width>\"");
        }
        if (end <= from) {
            throw bad(what, path, "has no index segment");
        }
        long index = 0;
        for (int i = from; i < end; i++) {
            index = append(what, path, index, element(what, path, segments[i], i == from, i == end - 1));
        }
        return new Tail(index, width);
    }

    private static int element(String what, String path, String segment, boolean first, boolean last) {
        String digits = last ? segment : stripX(what, path, segment);
        if (last && segment.startsWith("x")) {
            throw bad(what, path, "last index segment \"" + segment + "\" must not start with \"x\"");
        }
        if (digits.length() != 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(what, path, "index segment \"" + segment + "\" must be " + (last ? "" : "\"x\" and ")
                    + "3 digits");
        }
        if (first && !last && digits.equals("000")) {
            throw bad(what, path, "index segment \"" + segment + "\" is a leading zero group (not canonical)");
        }
        return Integer.parseInt(digits);
    }

    private static String stripX(String what, String path, String segment) {
        if (!segment.startsWith("x")) {
            throw bad(what, path, "index segment \"" + segment + "\" must start with \"x\" (only the last one does not)");
        }
        return segment.substring(1);
    }

    private static long append(String what, String path, long index, int group) {
        if (index > (Long.MAX_VALUE - group) / 1000) {
            throw bad(what, path, "index exceeds " + Long.MAX_VALUE);
        }
        return index * 1000 + group;
    }

    /** A decimal in {@code [min, max]} with no sign and no leading zeros. */
    static long decimal(String what, String path, String name, String segment, long min, long max) {
        boolean digits = !segment.isEmpty() && segment.length() <= 18
                && segment.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits) {
            throw bad(what, path, name + " segment \"" + segment + "\" must be a decimal number");
        }
        if (segment.length() > 1 && segment.charAt(0) == '0') {
            throw bad(what, path, name + " segment \"" + segment + "\" must not have leading zeros");
        }
        long value = Long.parseLong(segment);
        if (value < min || value > max) {
            throw bad(what, path, name + " segment \"" + segment + "\" must be between " + min + " and " + max);
        }
        return value;
    }

    static IllegalArgumentException bad(String what, String path, String problem) {
        return new IllegalArgumentException(what + " \"" + path + "\": " + problem);
    }
}

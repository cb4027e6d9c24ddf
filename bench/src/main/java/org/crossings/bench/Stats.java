package org.crossings.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Median and spread of repeated measurements. Medians, not means: on a shared machine one run in five may be
 * slowed by someone else's build, and a median ignores it where a mean does not.
 *
 * @param median the middle value (mean of the two middle ones for an even count)
 * @param min the smallest value
 * @param max the largest value
 * @param count how many values
 */
public record Stats(double median, double min, double max, int count) {

    public Stats {
        if (count < 1) {
            throw new IllegalArgumentException("stats: count " + count + " must be at least 1");
        }
    }

    public static Stats of(List<Double> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("stats: at least one value is required, got " + values);
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1), n);
    }

    /** e.g. {@code 12,345 (min 11,000, max 13,000, n=5)} with the given number format. */
    public String format(String number) {
        return String.format(Locale.ROOT, number + " (min " + number + ", max " + number + ", n=%d)",
                median, min, max, count);
    }
}

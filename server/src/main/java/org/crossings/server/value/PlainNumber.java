package org.crossings.server.value;

import java.util.Objects;

/**
 * A number in a request's path or query, such as a log index or a version: plain decimal digits only, at most
 * {@value #MAX_DIGITS} of them and no leading zeros, so that each number has exactly one spelling. No sign, no
 * {@code 0x} or {@code #} (hexadecimal), no octal, no spaces, no {@code _}: {@code /api/entries/0x10/payload} once served
 * entry 16 because the number was read with {@link Long#decode}.
 */
public final class PlainNumber {

    /** Enough for any log index; fits in a {@code long} without overflow. */
    public static final int MAX_DIGITS = 18;

    private PlainNumber() {
    }

    /**
     * The number {@code text} spells, from {@code min} to {@code max}.
     *
     * @param name the parameter's name, for the error
     * @throws IllegalArgumentException {@code name "value" why}, quoting at most {@value Excerpt#LENGTH} characters
     */
    public static long parse(String name, String text, long min, long max) {
        Objects.requireNonNull(text, name);
        try {
            return check(text, min, max);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " " + Excerpt.of(text) + " " + e.getMessage(), e);
        }
    }

    /**
     * The number {@code text} spells, from {@code min} to {@code max}; for callers that name the parameter themselves.
     *
     * @throws IllegalArgumentException saying only why ({@code is not a plain decimal number ...})
     */
    public static long check(String text, long min, long max) {
        if (!isPlain(text)) {
            throw new IllegalArgumentException("is not a plain decimal number: 1 to " + MAX_DIGITS
                    + " digits, without sign, spaces or leading zeros");
        }
        long value = Long.parseLong(text);
        if (value < min || value > max) {
            throw new IllegalArgumentException("must be from " + min + " to " + max);
        }
        return value;
    }

    private static boolean isPlain(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS || text.length() > 1 && text.charAt(0) == '0') {
            return false;
        }
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}

package org.crossings.server.value;

/**
 * What a string read from a request may hold: at most {@code maxLength} characters (Unicode code points), none of
 * them a control character (C0 U+0000–U+001F and U+007F, C1 U+0080–U+009F), a line or paragraph separator
 * (U+2028, U+2029), a noncharacter U+FFFE or U+FFFF, or half of a surrogate pair; line breaks ({@code \n},
 * {@code \r}) only where {@code lines} allows them, as in a machine-readable zone pasted from a scanner.
 *
 * <p>Control characters have no place in names, codes or reasons, and in a log that every party reads and displays
 * they could hide text or forge lines; a bound on length keeps every field, and every error about it, small.
 *
 * @param maxLength the most characters, 1 to {@value #MOST}
 * @param lines     whether line breaks are allowed
 */
public record TextRule(int maxLength, boolean lines) {

    /** The bound of a field that names no other: {@value} characters. */
    public static final int DEFAULT_LENGTH = 512;
    /** The largest bound any field may have. */
    public static final int MOST = 65_536;
    /** One line of at most {@value #DEFAULT_LENGTH} characters: what every string is held to unless it says more. */
    public static final TextRule LINE = new TextRule(DEFAULT_LENGTH, false);

    public TextRule {
        if (maxLength < 1 || maxLength > MOST) {
            throw new IllegalArgumentException("maxLength " + maxLength + " must be from 1 to " + MOST);
        }
    }

    /** The rule an annotated field states. */
    public static TextRule of(Text text) {
        return new TextRule(text.max(), text.lines());
    }

    /**
     * {@code value} if it keeps this rule.
     *
     * @param field the field's name or JSON path, for the error
     * @throws IllegalArgumentException {@code field "value…": why}, quoting at most {@value Excerpt#LENGTH} characters
     */
    public String check(String field, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > 2 * maxLength) { // more UTF-16 units than two per code point: too long, without counting
            throw tooLong(field, value);
        }
        int characters = 0;
        for (int i = 0; i < value.length(); characters++) {
            int c = value.codePointAt(i);
            if (!allows(c, lines)) {
                throw new IllegalArgumentException(field + " " + Excerpt.of(value) + ": character " + (characters + 1)
                        + " is " + String.format("U+%04X", c) + ", " + kind(c) + "; text may not hold it");
            }
            i += Character.charCount(c);
        }
        if (characters > maxLength) {
            throw tooLong(field, value);
        }
        return value;
    }

    /** Whether text may hold the code point {@code c}; line breaks only if {@code lines}. */
    public static boolean allows(int c, boolean lines) {
        if (c == '\n' || c == '\r') {
            return lines;
        }
        return c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F) && c != 0x2028 && c != 0x2029
                && c != 0xFFFE && c != 0xFFFF && !isSurrogate(c);
    }

    /** A code point read from a string is a surrogate only when it is half of a pair whose other half is missing. */
    private static boolean isSurrogate(int c) {
        return c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    }

    private IllegalArgumentException tooLong(String field, String value) {
        return new IllegalArgumentException(field + " " + Excerpt.of(value) + " is longer than " + maxLength
                + " characters");
    }

    private static String kind(int c) {
        if (c == '\n' || c == '\r') {
            return "a line break";
        }
        if (isSurrogate(c)) {
            return "half of a surrogate pair";
        }
        return c == 0x2028 || c == 0x2029 ? "a line or paragraph separator"
                : c >= 0xFFFE ? "not a character" : "a control character";
    }
}

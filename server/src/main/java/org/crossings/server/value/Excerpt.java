package org.crossings.server.value;

/**
 * A value as an error quotes it: in double quotes, at most {@value #LENGTH} characters, cut with {@code …}, and with
 * every character that text may not hold ({@link TextRule#allows}) shown as its {@code \\uXXXX} escape, so an error
 * never grows with the input and never carries a control character itself.
 */
public final class Excerpt {

    /** The most characters of a value an error quotes. */
    public static final int LENGTH = 40;

    private Excerpt() {
    }

    /** {@code "value"}, or its first {@value #LENGTH} characters and {@code …}; {@code null} for none. */
    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        int i = 0;
        for (int shown = 0; i < value.length() && shown < LENGTH; shown++) {
            int c = value.codePointAt(i);
            quoted.append(TextRule.allows(c, false) && c != '"' && c != '\\' ? Character.toString(c) : escape(c));
            i += Character.charCount(c);
        }
        return quoted.append(i < value.length() ? "…\"" : "\"").toString();
    }

    /** The excerpt of {@code value}'s text form. */
    public static String of(Object value) {
        return value == null ? "null" : of(value.toString());
    }

    private static String escape(int c) {
        return c == '"' || c == '\\' ? "\\" + (char) c : String.format("\\u%04X", c);
    }
}

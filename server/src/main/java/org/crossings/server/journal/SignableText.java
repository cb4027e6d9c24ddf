package org.crossings.server.journal;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What text may be signed into the log. A logged entry is forever and every party's node replays it, so the journal
 * refuses, before it signs, text that some node's database or a reader could not take: control characters (C0 but
 * line feed, C1, and DEL), unpaired surrogates, and strings longer than {@value #MAX_LENGTH} characters. The features
 * check their own fields first, with their own bounds and messages; this is the last line, and it names the field by
 * its JSON path.
 */
public final class SignableText {

    /** The longest string any payload member may hold; features set tighter bounds for their fields. */
    public static final int MAX_LENGTH = 4_096;
    /** How deep a payload may nest: deeper is no document any feature writes. */
    private static final int MAX_DEPTH = 16;

    private SignableText() {
    }

    /** Checks every string (member names too) of a payload before it is signed. */
    public static void requireSignable(JsonNode payload) {
        check("payload", payload, 0);
    }

    /**
     * Checks one string.
     *
     * @throws IllegalArgumentException naming the field, the position and the character when the text is refused
     */
    public static void requireSignable(String field, String text) {
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(field + ": " + text.length() + " characters, more than the "
                    + MAX_LENGTH + " a signed text may hold");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(field, i, c, "an unpaired surrogate");
            } else if (c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
                throw refused(field, i, c, "a control character");
            }
        }
    }

    private static void check(String path, JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(path + ": nested deeper than " + MAX_DEPTH + " levels");
        }
        if (node.isString()) {
            requireSignable(path, node.stringValue());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(path + "[" + i + "]", node.get(i), depth + 1);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                requireSignable(path + " member name", member.getKey());
                check(path + "." + member.getKey(), member.getValue(), depth + 1);
            }
        }
    }

    private static IllegalArgumentException refused(String field, int index, char c, String what) {
        return new IllegalArgumentException(field + ": character " + (index + 1) + " is " + what
                + String.format(" (U+%04X), which no signed text may hold", (int) c));
    }
}

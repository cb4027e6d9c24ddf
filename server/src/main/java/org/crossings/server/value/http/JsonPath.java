package org.crossings.server.value.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import org.crossings.server.value.Excerpt;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamContext;

/**
 * Where in a JSON body a value is, written as errors about terms write it: {@code direction.from},
 * {@code consignment.goods[1]}; {@code body} for the whole body.
 */
final class JsonPath {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private JsonPath() {
    }

    /** The path of the value a parser is at. */
    static String of(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.currentName() != null) {
                parts.push("." + name(at.currentName()));
            }
        }
        return join(parts);
    }

    /** The path an error of Jackson's names. */
    static String of(List<JacksonException.Reference> references) {
        Deque<String> parts = new ArrayDeque<>();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                parts.add("." + name(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                parts.add("[" + reference.getIndex() + "]");
            }
        }
        return join(parts);
    }

    /** A member's name as a path shows it: as it is if it is a plain name, else quoted and cut. */
    static String name(String name) {
        return NAME.matcher(name).matches() ? name : Excerpt.of(name);
    }

    private static String join(Deque<String> parts) {
        String path = String.join("", parts);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}

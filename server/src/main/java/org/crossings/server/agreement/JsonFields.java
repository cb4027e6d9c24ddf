package org.crossings.server.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.crossings.server.value.Excerpt;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of a JSON object and collects every problem as an error naming the field path and the value, so
 * that one pass over a terms document reports all that is wrong with it. Values are quoted as {@link Excerpt}s, so
 * that no error grows with the document.
 */
final class JsonFields {

    private final List<String> errors = new ArrayList<>();

    List<String> errors() {
        return errors;
    }

    void error(String message) {
        errors.add(message);
    }

    /** Reports every member of {@code object} that is not one of {@code names}: a misspelt field must not vanish. */
    void only(JsonNode object, String path, Set<String> names) {
        for (String name : object.propertyNames()) {
            if (!names.contains(name)) {
                error(join(path, JsonFields.name(name)) + " is not a field of " + (path.isEmpty() ? "the terms" : path)
                        + "; expected one of " + names.stream().sorted().toList());
            }
        }
    }

    /** The object at {@code path.name}, or {@code null} if absent (an error if it is required). */
    JsonNode object(JsonNode parent, String path, String name, boolean required) {
        JsonNode node = member(parent, path, name, required);
        if (node != null && !node.isObject()) {
            error(join(path, name) + " " + Excerpt.of(node) + " must be an object");
            return null;
        }
        return node;
    }

    /** The string at {@code path.name} turned into a value, or {@code null} if absent or bad (reported). */
    <T> T value(JsonNode parent, String path, String name, boolean required, Function<String, T> parse) {
        JsonNode node = member(parent, path, name, required);
        return node == null ? null : convert(join(path, name), node, parse);
    }

    /** The array of strings at {@code path.name}, each turned into a value; an empty list if absent and optional. */
    <T> List<T> list(JsonNode parent, String path, String name, boolean required, Function<String, T> parse) {
        return objects(parent, path, name, required, (element, elementPath) -> convert(elementPath, element, parse));
    }

    /** The array at {@code path.name}, each element read by {@code read}; bad elements are left out and reported. */
    <T> List<T> objects(JsonNode parent, String path, String name, boolean required, Element<T> read) {
        JsonNode node = member(parent, path, name, required);
        List<T> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            error(join(path, name) + " " + Excerpt.of(node) + " must be an array");
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            T value = read.read(node.get(i), join(path, name) + "[" + i + "]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    Boolean bool(JsonNode parent, String path, String name) {
        JsonNode node = member(parent, path, name, true);
        if (node != null && !node.isBoolean()) {
            error(join(path, name) + " " + Excerpt.of(node) + " must be true or false");
            return null;
        }
        return node == null ? null : node.booleanValue();
    }

    interface Element<T> {
        T read(JsonNode element, String path);
    }

    private JsonNode member(JsonNode parent, String path, String name, boolean required) {
        JsonNode node = parent.get(name);
        if ((node == null || node.isNull()) && required) {
            error(join(path, name) + " is missing");
        }
        return node == null || node.isNull() ? null : node;
    }

    <T> T convert(String path, JsonNode node, Function<String, T> parse) {
        if (!node.isString()) {
            error(path + " " + Excerpt.of(node) + " must be a string");
            return null;
        }
        try {
            return parse.apply(node.stringValue());
        } catch (RuntimeException e) {
            String quoted = Excerpt.of(node.stringValue());
            String message = String.valueOf(e.getMessage());
            error(message.startsWith(path + " ") ? message
                    : message.contains(quoted) ? path + ": " + message : path + " " + quoted + " " + message);
            return null;
        }
    }

    /** A member's name as an error shows it: as it is when short and plain, else as an excerpt. */
    static String name(String name) {
        return name.length() <= Excerpt.LENGTH && name.chars().allMatch(c -> c > 0x20 && c < 0x7F) ? name
                : Excerpt.of(name);
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}

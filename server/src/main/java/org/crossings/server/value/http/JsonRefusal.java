package org.crossings.server.value.http;

import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Why strict reading refused a JSON body, in the words errors about terms use ({@code direction.via is not a member
 * of direction}, {@code reason 1 must be a string}) rather than Jackson's, which name Java classes and quote whole
 * values.
 *
 * @param field  the path of the member at fault, {@code body} for the whole body
 * @param detail what is wrong with it, beginning with the path
 */
record JsonRefusal(String field, String detail) {

    /** The most characters of Jackson's own words repeated, where no better words are known. */
    private static final int WORDS = 200;

    static JsonRefusal of(JacksonException e) {
        String field = JsonPath.of(e.getPath());
        String words = String.valueOf(e.getOriginalMessage());
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new JsonRefusal(field, field + " is not a member of " + parent(field) + "; its members are "
                    + unknown.getKnownPropertyIds());
        }
        if (words.startsWith("Duplicate Object property") && e.processor() instanceof JsonParser parser) {
            String duplicate = JsonPath.of(parser.streamReadContext());
            return new JsonRefusal(duplicate, duplicate + " is given twice; a member may be given once");
        }
        if (words.startsWith("Trailing token")) {
            return new JsonRefusal(field, field + " goes on after its end; send one JSON value");
        }
        if (words.startsWith("No content")) {
            return new JsonRefusal(field, field + " is empty; send a JSON object");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new JsonRefusal(field, field + " must be " + shape(mismatch.getTargetType())
                    + given(mismatch.getCurrentToken()));
        }
        String why = e instanceof StreamReadException ? " is not JSON: " : ": ";
        return new JsonRefusal(field, field + why + (words.length() > WORDS ? words.substring(0, WORDS) + "…" : words));
    }

    /** What was sent instead, by its kind: a value of the wrong kind is not worth quoting. */
    private static String given(JsonToken token) {
        if (token == null) {
            return "";
        }
        return switch (token) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ", not a number";
            case VALUE_TRUE, VALUE_FALSE -> ", not true or false";
            case VALUE_STRING -> ", not a string";
            case START_ARRAY -> ", not an array";
            case START_OBJECT -> ", not an object";
            default -> "";
        };
    }

    private static String parent(String field) {
        int dot = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
        return dot < 0 ? "this body" : field.substring(0, dot);
    }

    private static String shape(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a whole number";
        }
        return Collection.class.isAssignableFrom(type) || type.isArray() ? "an array"
                : Map.class.isAssignableFrom(type) ? "an object" : "an object with the members of this body";
    }
}

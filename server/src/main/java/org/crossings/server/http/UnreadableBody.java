package org.crossings.server.http;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says in the words of the JSON, not of the Java behind it, why a request body could not be read: which member
 * (its path, as in {@code direction.from} or {@code goods[2]}), what it held and what it must be. Jackson's own
 * messages name Java classes ("Cannot deserialize value of type {@code java.lang.String} from Array value"); these
 * never do.
 */
public final class UnreadableBody {

    /** Longest value quoted back; a long one is cut. */
    private static final int QUOTED = 40;
    /** A value as Jackson's messages quote it: {@code value ('x')}, {@code value ("x")}, {@code value (5)}. */
    private static final Pattern QUOTED_VALUE =
            Pattern.compile("value \\((?:['\"](.*?)['\"]|(-?[0-9][0-9.eE+-]*))\\)");

    private UnreadableBody() {
    }

    /** Why a body could not be read; {@code cause} is what the message converter threw, or null. */
    public static String describe(Throwable cause) {
        JacksonException jackson = jacksonIn(cause);
        if (jackson == null) {
            return "the request needs a JSON body";
        }
        String at = path(jackson.getPath());
        return switch (jackson) {
            case PropertyBindingException unknown -> at + " is not a member here; the members are "
                    + names(unknown.getKnownPropertyIds());
            case InvalidNullException ignored -> at + " must not be null";
            case InvalidFormatException format -> at + ": " + quoted(format.getValue()) + " is not "
                    + kind(format.getTargetType());
            case ValueInstantiationException refused -> at + ": " + InternalNames.hidden(
                    rootOf(refused).getMessage(), "the value is not valid");
            case MismatchedInputException mismatch -> mismatch(at, mismatch);
            case StreamConstraintsException limit -> "the body is too large or nested too deeply: "
                    + InternalNames.hidden(limit.getOriginalMessage(), "it exceeds the parser's limits");
            case StreamReadException syntax -> "the body is not valid JSON" + where(syntax.getLocation()) + ": "
                    + InternalNames.hidden(syntax.getOriginalMessage(), "unexpected input");
            default -> at + ": the value cannot be read";
        };
    }

    private static String mismatch(String at, MismatchedInputException mismatch) {
        JsonToken found = mismatch.getCurrentToken();
        if (found == null && mismatch.getPath().isEmpty()) {
            return "the body is empty: it must be a JSON value";
        }
        return at + " must be " + kind(mismatch.getTargetType()) + ", not " + found(mismatch);
    }

    /** {@code direction.from}, {@code goods[2]}; "the body" for the whole of it. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the body" : path.toString();
    }

    /** What a JSON value must be to become a {@code type}, in JSON's words. */
    static String kind(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || type.isRecord() ? "an object" : "a value of another kind";
    }

    private static String found(MismatchedInputException mismatch) {
        JsonToken token = mismatch.getCurrentToken();
        if (token == null) {
            return "the end of the body";
        }
        return switch (token) {
            case START_ARRAY, END_ARRAY -> "an array";
            case START_OBJECT, END_OBJECT, PROPERTY_NAME -> "an object";
            case VALUE_STRING -> value(mismatch).map(text -> "the string \"" + text + "\"").orElse("a string");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value(mismatch).map(n -> "the number " + n).orElse("a number");
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> "another kind of value";
        };
    }

    /**
     * The scalar the parser stopped at. The converter has closed the parser by now, which drops its text, but
     * Jackson's message quotes the value ({@code from String value ('x')}, {@code Integer value (5)}): it is taken
     * from there, and only the value, never the rest of the message.
     */
    private static Optional<String> value(MismatchedInputException mismatch) {
        if (mismatch.processor() instanceof JsonParser parser && !parser.isClosed()) {
            try {
                return Optional.ofNullable(parser.getString()).map(UnreadableBody::cut);
            } catch (RuntimeException e) {
                // fall back to the message
            }
        }
        Matcher quoted = QUOTED_VALUE.matcher(String.valueOf(mismatch.getOriginalMessage()));
        return quoted.find() ? Optional.of(cut(quoted.group(1) != null ? quoted.group(1) : quoted.group(2)))
                : Optional.empty();
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "\"" + cut(text) + "\"" : cut(String.valueOf(value));
    }

    private static String cut(String text) {
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "...";
    }

    private static String names(Collection<Object> known) {
        return known == null || known.isEmpty() ? "none"
                : known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String where(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static JacksonException jacksonIn(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static Throwable rootOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}

package org.crossings.server.journal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Canonicalization Scheme of RFC 8785: object members sorted by the UTF-16 code units of their names, no
 * white space, strings escaped as ECMAScript's {@code JSON.stringify} does, UTF-8. Parties that re-serialize the same
 * terms with any JSON library get the same bytes, so a signature made by one verifies for all.
 *
 * <p>Only integers in the I-JSON safe range (±2<sup>53</sup>) are supported as numbers: terms write amounts as
 * decimal strings, so the ECMAScript double formatting of RFC 8785 section 3.2.2.3 is never needed.
 */
public final class CanonicalJson {

    private static final long SAFE_INTEGER = (1L << 53) - 1;

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> writeArray(node, out);
            case STRING -> writeString(node.stringValue(), out);
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            case NUMBER -> writeNumber(node, out);
            default -> throw new IllegalArgumentException("JSON node of type " + node.getNodeType()
                    + " has no canonical form");
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
        members.sort(Map.Entry.comparingByKey()); // String.compareTo compares UTF-16 code units, as RFC 8785 asks
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            out.append(i == 0 ? "" : ",");
            writeString(members.get(i).getKey(), out);
            out.append(':');
            write(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode node, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            out.append(i == 0 ? "" : ",");
            write(node.get(i), out);
        }
        out.append(']');
    }

    private static void writeNumber(JsonNode node, StringBuilder out) {
        if (!node.isIntegralNumber() || !node.canConvertToLong() || Math.abs(node.longValue()) > SAFE_INTEGER) {
            throw new IllegalArgumentException("number " + node + " is not an integer within ±2^53;"
                    + " write it as a decimal string");
        }
        out.append(node.longValue());
    }

    static void writeString(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? "\\u%04x".formatted((int) c) : String.valueOf(c));
            }
        }
        out.append('"');
    }
}

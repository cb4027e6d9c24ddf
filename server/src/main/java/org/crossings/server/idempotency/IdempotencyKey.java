package org.crossings.server.idempotency;

/**
 * The value of an {@code Idempotency-Key} header: a Structured Fields string as the draft says ({@code "8e03978e-..."}),
 * or, leniently, the same characters unquoted. 1 to 255 printable ASCII characters, no quote or backslash.
 */
public record IdempotencyKey(String value) {

    private static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Idempotency-Key: must be 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                throw new IllegalArgumentException("Idempotency-Key: character " + (i + 1)
                        + " is not a printable ASCII character other than a quote or backslash");
            }
        }
    }

    /** Reads the header's value: {@code "abc"} (a Structured Fields string) or {@code abc}. */
    public static IdempotencyKey parse(String header) {
        String text = header.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return new IdempotencyKey(text);
    }
}

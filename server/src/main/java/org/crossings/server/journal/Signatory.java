package org.crossings.server.journal;

import java.util.Objects;

/**
 * A party as the log names it: the one that acted and signed an envelope, or one that receives a part of its payload.
 * The journal does not know what parties are; it keeps their codes as the party feature writes them (upper-case
 * letters, digits and hyphens, such as {@code ARM} or {@code OPERATOR}), and the party feature converts at its edge.
 */
public record Signatory(String code) implements Comparable<Signatory> {

    private static final String FORM = "[A-Z][A-Z0-9-]{1,31}";

    /** As a recipient: every party and the public (a party's registration, a post's opening hours). */
    public static final Signatory EVERYONE = new Signatory("ALL");

    public Signatory {
        Objects.requireNonNull(code, "signatory");
        if (!code.matches(FORM)) {
            throw new IllegalArgumentException("party code \"" + code
                    + "\" must be 2 to 32 upper-case letters, digits or hyphens, starting with a letter");
        }
    }

    public static Signatory of(String code) {
        return new Signatory(code);
    }

    @Override
    public int compareTo(Signatory other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}

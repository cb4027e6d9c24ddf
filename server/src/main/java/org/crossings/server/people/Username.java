package org.crossings.server.people;

import java.util.Objects;

/**
 * The name a person signs in with: 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a
 * letter ({@code arm-officer-margara}). Lower case only, so that two people can never differ by case alone; an
 * upper-case name is refused rather than folded.
 */
public record Username(String value) implements Comparable<Username> {

    private static final String FORM = "[a-z][a-z0-9._-]{1,63}";

    public Username {
        Objects.requireNonNull(value, "username");
        if (!value.matches(FORM)) {
            throw new IllegalArgumentException("username \"" + value
                    + "\" must be 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a"
                    + " letter");
        }
    }

    public static Username of(String value) {
        return new Username(value);
    }

    /** Whether {@code value} is a well-formed username; for sign-in forms, where bad input is just a failed sign-in. */
    public static boolean isWellFormed(String value) {
        return value != null && value.matches(FORM);
    }

    @Override
    public int compareTo(Username other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

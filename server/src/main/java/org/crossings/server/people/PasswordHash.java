package org.crossings.server.people;

import java.util.Objects;

/**
 * A stored password hash, prefixed with the id of the algorithm that made it ({@code {argon2}$argon2id$...}), so the
 * algorithm can change later while old hashes keep working until their owners next sign in.
 */
public record PasswordHash(String value) {

    private static final String FORM = "\\{[a-z0-9_-]+\\}\\S+";

    public PasswordHash {
        Objects.requireNonNull(value, "password hash");
        if (!value.matches(FORM)) {
            // the value is not echoed: it may be a password given by mistake
            throw new IllegalArgumentException("password hash must start with the id of its algorithm in braces, as"
                    + " in {argon2}$argon2id$...");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[" + value.substring(0, value.indexOf('}') + 1) + "...]";
    }
}

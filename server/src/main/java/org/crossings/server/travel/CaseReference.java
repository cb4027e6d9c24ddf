package org.crossings.server.travel;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * The reference of a traveller's case, given at pre-registration or intake and printed on the receipt: ten random
 * characters and a check character, from an alphabet without look-alikes (no I, L, O, U, 0, 1), such as
 * {@code K7QM2XD4HRG}. A mistyped character is caught by the check character before it finds someone else's case.
 * References are not secrets: every envelope of a case names it as its subject. So a reference alone opens nothing; the
 * traveller's receipt needs their {@link TravellerSecret} too.
 */
public record CaseReference(String value) {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final int LENGTH = 11;
    private static final SecureRandom RANDOM = new SecureRandom();

    public CaseReference {
        Objects.requireNonNull(value, "case reference");
        if (value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("case reference \"" + value + "\" must be " + LENGTH
                    + " characters of " + ALPHABET);
        }
        char check = check(value.substring(0, LENGTH - 1));
        if (value.charAt(LENGTH - 1) != check) {
            throw new IllegalArgumentException("case reference \"" + value
                    + "\" is mistyped: its last character, the check character, does not match the others");
        }
    }

    public static CaseReference of(String value) {
        return new CaseReference(value);
    }

    /** A new random reference. */
    public static CaseReference random() {
        StringBuilder reference = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new CaseReference(reference.append(check(reference.toString())).toString());
    }

    /**
     * Weighted sum modulo the alphabet's size (30). Every weight is coprime with 30, so any one wrong character
     * changes the sum and is caught; most swaps of two characters are too.
     */
    private static char check(String body) {
        int[] weights = {1, 7, 11, 13, 17, 19, 23, 29, 31, 37};
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += ALPHABET.indexOf(body.charAt(i)) * weights[i];
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }

    @Override
    public String toString() {
        return value;
    }
}

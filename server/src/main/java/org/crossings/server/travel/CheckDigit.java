package org.crossings.server.travel;

/**
 * The check digit of ICAO Doc 9303 Part 3, section 4.9: each character takes a value ({@code 0}-{@code 9} their own,
 * {@code A}-{@code Z} 10 to 35, the filler {@code <} 0), is multiplied by 7, 3, 1, 7, 3, 1, ... in turn, and the sum
 * modulo 10 is the digit.
 *
 * <p>It catches any single substitution that changes a character's value modulo 10 (every weight is prime to 10),
 * so a misread digit always; it cannot tell {@code 0}, {@code <}, {@code A}, {@code K} and {@code U} apart, nor other
 * letters and digits that share their last digit of value.
 */
public final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {
    }

    /** The check digit over these characters; each must be A-Z, 0-9 or {@code <}. */
    public static int of(CharSequence characters) {
        int sum = 0;
        for (int i = 0; i < characters.length(); i++) {
            sum += value(characters.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** The value of one zone character: digits their own, A=10 to Z=35, the filler 0. */
    public static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("character '" + c + "' has no check digit value; only A-Z, 0-9 and <");
    }
}

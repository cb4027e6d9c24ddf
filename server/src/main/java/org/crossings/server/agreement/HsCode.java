package org.crossings.server.agreement;

import java.util.Objects;

/**
 * A Harmonized System code of goods: 2 digits name a chapter ({@code 30} pharmaceutical products), 4 a heading,
 * 6 a subheading; national tariffs add digits up to 10. Chapter {@code 00} does not exist.
 */
public record HsCode(String value) {

    public HsCode {
        Objects.requireNonNull(value, "HS code");
        if (!value.matches("(\\d\\d){1,5}") || value.startsWith("00")) {
            throw new IllegalArgumentException("HS code \"" + value
                    + "\" must be 2, 4, 6, 8 or 10 digits in chapter 01 to 99");
        }
    }

    public static HsCode of(String value) {
        return new HsCode(value);
    }

    /** The 2-digit chapter this code belongs to. */
    public HsCode chapter() {
        return new HsCode(value.substring(0, 2));
    }

    public boolean isChapter() {
        return value.length() == 2;
    }

    @Override
    public String toString() {
        return value;
    }
}

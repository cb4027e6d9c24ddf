package org.crossings.server.place;

import java.util.Objects;
import org.crossings.server.party.CountryCode;

/**
 * A post's own id: its UN/LOCODE where the post has one ({@code TRIST}), else a local code made of the country's
 * alpha-2 code, a hyphen and an upper-case name of up to three hyphenated words ({@code AM-MARGARA},
 * {@code AM-SYUNIK-EAST}). The hyphen keeps the two forms apart, so a
 * local code can never be mistaken for a UN/LOCODE.
 */
public record PostCode(String value) implements Comparable<PostCode> {

    private static final String LOCAL = "[A-Z]{2}(-[A-Z0-9]{2,16}){1,3}";

    public PostCode {
        Objects.requireNonNull(value, "post code");
        if (!value.matches(LOCAL)) {
            new UnLocode(value); // throws, naming the value, if it is neither form
        } else if (!CountryCode.isAlpha2(value.substring(0, 2))) {
            throw new IllegalArgumentException("post code \"" + value + "\": country \"" + value.substring(0, 2)
                    + "\" is not an ISO 3166-1 alpha-2 code");
        }
    }

    public static PostCode of(String value) {
        return new PostCode(value);
    }

    public static PostCode of(UnLocode locode) {
        return new PostCode(locode.value());
    }

    public boolean isUnLocode() {
        return !value.contains("-");
    }

    public CountryCode country() {
        return CountryCode.ofAlpha2(value.substring(0, 2));
    }

    @Override
    public int compareTo(PostCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

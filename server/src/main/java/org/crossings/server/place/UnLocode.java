package org.crossings.server.place;

import java.util.Objects;
import org.crossings.server.party.CountryCode;

/**
 * A UN/LOCODE (UNECE Recommendation 16): the ISO 3166-1 alpha-2 code of the country followed by three characters
 * from {@code A-Z} and {@code 2-9} ({@code DEHAM}, {@code TRIST}), written without the space the printed lists use.
 */
public record UnLocode(String value) {

    public UnLocode {
        Objects.requireNonNull(value, "UN/LOCODE");
        if (!value.matches("[A-Z]{2}[A-Z2-9]{3}")) {
            throw new IllegalArgumentException("UN/LOCODE \"" + value
                    + "\" must be a 2-letter country code and 3 characters from A-Z and 2-9");
        }
        if (!CountryCode.isAlpha2(value.substring(0, 2))) {
            throw new IllegalArgumentException("UN/LOCODE \"" + value + "\": country \"" + value.substring(0, 2)
                    + "\" is not an ISO 3166-1 alpha-2 code");
        }
    }

    public static UnLocode of(String value) {
        return new UnLocode(value);
    }

    public CountryCode country() {
        return CountryCode.ofAlpha2(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.crossings.server.travel;

import java.util.Arrays;
import java.util.Locale;

/** Why a traveller crosses, as the front office records it. */
public enum Purpose {
    TOURISM, BUSINESS, FAMILY, TRANSIT, HUMANITARIAN, OFFICIAL, OTHER;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the value and the purposes there are */
    public static Purpose fromJson(String value) {
        for (Purpose purpose : values()) {
            if (purpose.json().equals(value)) {
                return purpose;
            }
        }
        throw new IllegalArgumentException("purpose \"" + value + "\" is not one of "
                + Arrays.stream(values()).map(Purpose::json).toList());
    }
}

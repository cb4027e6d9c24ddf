package org.crossings.server.travel;

/** The sex of the holder as the zone writes it, ICAO Doc 9303 Part 3: {@code F}, {@code M}, {@code <} or {@code X}. */
public enum Sex {
    FEMALE, MALE, UNSPECIFIED;

    /** The sex that this zone character stands for, or {@code null} when it stands for none. */
    static Sex ofMrz(char c) {
        return switch (c) {
            case 'F' -> FEMALE;
            case 'M' -> MALE;
            case '<', 'X' -> UNSPECIFIED;
            default -> null;
        };
    }
}

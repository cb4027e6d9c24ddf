package org.crossings.server.travel;

/**
 * The size of a machine-readable zone, ICAO Doc 9303 Parts 4 to 7: how many lines of how many characters, and so
 * where each field stands.
 */
public enum MrzFormat {
    /** Identity cards, Part 5: 3 lines of 30. */
    TD1(3, 30),
    /** Identity cards, Part 6: 2 lines of 36. */
    TD2(2, 36),
    /** Passports, Part 4: 2 lines of 44. */
    TD3(2, 44),
    /** Full-size visas, Part 7: 2 lines of 44. */
    MRV_A(2, 44),
    /** Smaller visas, Part 7: 2 lines of 36. */
    MRV_B(2, 36);

    private final int lines;
    private final int length;

    MrzFormat(int lines, int length) {
        this.lines = lines;
        this.length = length;
    }

    /** How many lines the zone has. */
    public int lines() {
        return lines;
    }

    /** How many characters each line has. */
    public int length() {
        return length;
    }

    /** Visas share their sizes with TD3 and TD2 and start with {@code V}. */
    boolean isVisa() {
        return this == MRV_A || this == MRV_B;
    }
}

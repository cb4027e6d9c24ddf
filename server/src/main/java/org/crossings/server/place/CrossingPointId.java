package org.crossings.server.place;

import java.util.Objects;

/** The id of a crossing point, such as {@code MARGARA-ALICAN}. */
public record CrossingPointId(String value) implements PassageId {

    public CrossingPointId {
        Objects.requireNonNull(value, "crossing point id");
        if (!value.matches(FORM)) {
            throw new IllegalArgumentException("crossing point id \"" + value
                    + "\" must be 2 to 64 upper-case letters, digits or hyphens");
        }
    }

    public static CrossingPointId of(String value) {
        return new CrossingPointId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.crossings.server.place;

import java.util.Objects;

/** The id of a transit route, such as {@code SYUNIK}. */
public record RouteId(String value) implements PassageId {

    public RouteId {
        Objects.requireNonNull(value, "route id");
        if (!value.matches(FORM)) {
            throw new IllegalArgumentException("route id \"" + value
                    + "\" must be 2 to 64 upper-case letters, digits or hyphens");
        }
    }

    public static RouteId of(String value) {
        return new RouteId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

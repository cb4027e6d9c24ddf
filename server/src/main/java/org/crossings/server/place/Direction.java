package org.crossings.server.place;

import java.util.Objects;

/**
 * Which way across a passage: from the post where the traveller or consignment leaves to the post where it arrives.
 * Directions name posts, not parties, because both ends of a transit route may belong to one party (mainland
 * Azerbaijan and Nakhchivan).
 */
public record Direction(PostCode from, PostCode to) {

    public Direction {
        Objects.requireNonNull(from, "direction from");
        Objects.requireNonNull(to, "direction to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("direction from \"" + from + "\" and to \"" + to + "\" are the same post");
        }
    }

    public static Direction of(String from, String to) {
        return new Direction(PostCode.of(from), PostCode.of(to));
    }

    public Direction reversed() {
        return new Direction(to, from);
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}

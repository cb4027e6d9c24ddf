package org.crossings.server.place;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crossings.server.party.PartyCode;

/**
 * A crossing point: two posts facing each other across the border, each run by its own party (Margara on the
 * Armenian side, Alican on the Turkish side).
 */
public record CrossingPoint(CrossingPointId id, Post first, Post second, Mode mode) implements Passage {

    public CrossingPoint {
        Objects.requireNonNull(id, "crossing point id");
        Objects.requireNonNull(first, "crossing point " + id + ": first post");
        Objects.requireNonNull(second, "crossing point " + id + ": second post");
        Objects.requireNonNull(mode, "crossing point " + id + ": mode");
        if (first.party().equals(second.party())) {
            throw new IllegalArgumentException("crossing point " + id + ": posts \"" + first.code() + "\" and \""
                    + second.code() + "\" both belong to party \"" + first.party() + "\"");
        }
    }

    @Override
    public List<Direction> directions() {
        Direction out = new Direction(first.code(), second.code());
        return List.of(out, out.reversed());
    }

    @Override
    public Set<PartyCode> parties() {
        return Set.of(first.party(), second.party());
    }

    @Override
    public Post departure(Direction direction) {
        if (!allows(direction)) {
            throw new IllegalArgumentException("crossing point " + id + ": direction \"" + direction
                    + "\" does not cross it");
        }
        return direction.from().equals(first.code()) ? first : second;
    }

    /** The direction leaving from {@code post}. */
    public Direction from(PostCode post) {
        return directions().stream().filter(d -> d.from().equals(post)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("crossing point " + id + ": post \"" + post + "\" is not on it"));
    }
}

package org.crossings.server.place;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crossings.server.party.PartyCode;

/**
 * A transit route: the ordered offices a movement passes, from the office of departure through the border posts to
 * the office of destination. Each office belongs to its own party, which keeps control on its own territory; the
 * route is travelled from its first office to its last or back.
 */
public record Route(RouteId id, String name, List<Post> offices, Mode mode) implements Passage {

    public Route {
        Objects.requireNonNull(id, "route id");
        Objects.requireNonNull(mode, "route " + id + ": mode");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("route " + id + ": name \"" + name + "\" must not be blank");
        }
        offices = List.copyOf(offices);
        if (offices.size() < 2) {
            throw new IllegalArgumentException("route " + id + ": offices has " + offices.size()
                    + " posts; a route needs at least 2");
        }
        Set<PostCode> seen = new HashSet<>();
        for (Post office : offices) {
            if (!seen.add(office.code())) {
                throw new IllegalArgumentException("route " + id + ": office \"" + office.code() + "\" appears twice");
            }
        }
    }

    @Override
    public List<Direction> directions() {
        Direction forward = new Direction(offices.getFirst().code(), offices.getLast().code());
        return List.of(forward, forward.reversed());
    }

    @Override
    public Set<PartyCode> parties() {
        Set<PartyCode> parties = new LinkedHashSet<>();
        offices.forEach(office -> parties.add(office.party()));
        return parties;
    }

    @Override
    public Post departure(Direction direction) {
        if (!allows(direction)) {
            throw new IllegalArgumentException("route " + id + ": direction \"" + direction
                    + "\" does not run from one end of it to the other");
        }
        return direction.from().equals(offices.getFirst().code()) ? offices.getFirst() : offices.getLast();
    }
}

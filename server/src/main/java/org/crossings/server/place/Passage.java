package org.crossings.server.place;

import java.util.List;
import java.util.Set;
import org.crossings.server.party.PartyCode;

/** A way across the border that an agreement can open: a crossing point between two posts, or a transit route. */
public sealed interface Passage permits CrossingPoint, Route {

    PassageId id();

    Mode mode();

    /** The two ways across: from one end to the other, and back. */
    List<Direction> directions();

    /** The parties whose posts this passage runs through. */
    Set<PartyCode> parties();

    /** The post at which a crossing in {@code direction} is first checked: the one it leaves from. */
    Post departure(Direction direction);

    default boolean allows(Direction direction) {
        return directions().contains(direction);
    }
}

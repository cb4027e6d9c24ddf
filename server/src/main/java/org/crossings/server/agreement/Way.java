package org.crossings.server.agreement;

import java.time.ZoneId;
import java.util.Objects;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Post;

/** One way an agreement opens: a passage travelled in one direction, checked first at its departure post. */
public record Way(Passage passage, Direction direction) {

    public Way {
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(direction, "direction");
        passage.departure(direction); // throws, naming both, if the direction does not cross the passage
    }

    public Post departure() {
        return passage.departure(direction);
    }

    /** The zone in which the agreement's dates and hours are read on this way. */
    public ZoneId zone() {
        return departure().zone();
    }
}

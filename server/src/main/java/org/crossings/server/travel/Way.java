package org.crossings.server.travel;

import java.util.List;
import java.util.Objects;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.Post;

/**
 * One way across a passage: a crossing point or a transit route travelled in one direction, with the checks a
 * traveller's crossing of it needs, in their order ({@link Check#along}). The front office's desk offers ways, a
 * traveller pre-registers for one, and a case follows one.
 *
 * <p>The agreements speak of the same way without its checks ({@link org.crossings.server.agreement.Way}, what an
 * agreement opens, below travel); {@link #opened()} is that view of it.
 */
public record Way(Passage passage, Direction direction) {

    public Way {
        Objects.requireNonNull(passage, "way passage");
        Objects.requireNonNull(direction, "way direction");
        passage.departure(direction); // throws, naming both, if the direction does not cross the passage
    }

    /** The decisions a crossing this way needs, in the order they are taken. */
    public List<Check> checks() {
        return Check.along(passage, direction);
    }

    public PassageId passageId() {
        return passage.id();
    }

    /** The post the traveller leaves from: where the front office takes them in. */
    public Post departure() {
        return passage.departure(direction);
    }

    /** The way as the agreements see it: what an agreement opens, and who is its front office. */
    public org.crossings.server.agreement.Way opened() {
        return new org.crossings.server.agreement.Way(passage, direction);
    }
}

package org.crossings.server.stats;

import java.util.Comparator;
import java.util.Optional;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;

/**
 * The one order of the statistics' rows, so that two parties' reports of the same log are equal, row by row: crossing
 * points before routes, then by id; directions by the post they leave from, then the post they go to.
 */
final class Order {

    static final Comparator<PassageId> PASSAGE = Comparator
            .comparing((PassageId passage) -> passage instanceof CrossingPointId ? 0 : 1)
            .thenComparing(PassageId::value);
    static final Comparator<Direction> DIRECTION = Comparator.comparing(Direction::from)
            .thenComparing(Direction::to);
    /** A refusal without a reason comes before every coded one. */
    static final Comparator<Optional<String>> REASON = Comparator.comparing(
            (Optional<String> reason) -> reason.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

    private Order() {
    }
}

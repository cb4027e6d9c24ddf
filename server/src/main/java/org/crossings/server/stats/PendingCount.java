package org.crossings.server.stats;

import java.util.Comparator;
import java.util.Objects;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;

/**
 * How many cases at one passage, one way, for one category of document are under way: taken in (or let out by the
 * exit state) with no final decision in the log so far.
 */
public record PendingCount(PassageId passage, Direction direction, String category, long count) {

    static final Comparator<PendingCount> ORDER = Comparator.comparing(PendingCount::passage, Order.PASSAGE)
            .thenComparing(PendingCount::direction, Order.DIRECTION)
            .thenComparing(PendingCount::category);

    public PendingCount {
        Objects.requireNonNull(passage, "pending count passage");
        Objects.requireNonNull(direction, "pending count direction");
        Objects.requireNonNull(category, "pending count category");
        if (count < 1) {
            throw new IllegalArgumentException("pending count " + count + " must be at least 1");
        }
    }
}

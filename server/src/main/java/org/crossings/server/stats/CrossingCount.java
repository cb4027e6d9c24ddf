package org.crossings.server.stats;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;

/**
 * How many cases ended with one outcome on one UTC day, at one passage, one way, for one category of document.
 *
 * @param day      the UTC day of the case's final envelope
 * @param category the travel document category as the envelopes write it ({@code ordinary-passport}); text, because
 *     the statistics count every category the log holds, also ones this version does not know
 */
public record CrossingCount(LocalDate day, PassageId passage, Direction direction, String category, Outcome outcome,
                            long count) {

    static final Comparator<CrossingCount> ORDER = Comparator.comparing(CrossingCount::day)
            .thenComparing(CrossingCount::passage, Order.PASSAGE)
            .thenComparing(CrossingCount::direction, Order.DIRECTION)
            .thenComparing(CrossingCount::category)
            .thenComparing(CrossingCount::outcome);

    public CrossingCount {
        Objects.requireNonNull(day, "crossing count day");
        Objects.requireNonNull(passage, "crossing count passage");
        Objects.requireNonNull(direction, "crossing count direction");
        Objects.requireNonNull(category, "crossing count category");
        Objects.requireNonNull(outcome, "crossing count outcome");
        if (count < 1) {
            throw new IllegalArgumentException("crossing count " + count + " must be at least 1");
        }
    }
}

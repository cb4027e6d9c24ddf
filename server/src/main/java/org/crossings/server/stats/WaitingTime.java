package org.crossings.server.stats;

import java.time.Duration;
import java.util.Comparator;
import java.util.Objects;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;

/**
 * The waits of one step at one passage, one way: how many, their median and their 95th percentile, in milliseconds
 * (the precision of envelope times). Both percentiles are by nearest rank: the {@code p}-th percentile of {@code n}
 * sorted durations is the one at rank {@code ceil(p / 100 * n)} (1-based), so it is always one of the waits
 * measured, never an interpolation. A wait may be negative when the deciding party's clock ran behind the one that
 * took the traveller in; it is kept as the log shows it.
 */
public record WaitingTime(PassageId passage, Direction direction, Wait step, long count, Duration median,
                          Duration p95) {

    static final Comparator<WaitingTime> ORDER = Comparator.comparing(WaitingTime::passage, Order.PASSAGE)
            .thenComparing(WaitingTime::direction, Order.DIRECTION)
            .thenComparing(WaitingTime::step);

    public WaitingTime {
        Objects.requireNonNull(passage, "waiting time passage");
        Objects.requireNonNull(direction, "waiting time direction");
        Objects.requireNonNull(step, "waiting time step");
        Objects.requireNonNull(median, "waiting time median");
        Objects.requireNonNull(p95, "waiting time p95");
        if (count < 1) {
            throw new IllegalArgumentException("waiting time count " + count + " must be at least 1");
        }
    }
}

package org.crossings.server.stats;

import java.util.List;
import java.util.Objects;

/**
 * The statistics of crossings over a range of UTC days, computed from envelopes only: any party holding the public
 * log gets the very same report, row for row. Each list is sorted (see the rows' Javadoc), so two reports of the same
 * log are {@code equal}.
 *
 * @param crossings   cases by final outcome, per day, passage, direction and category, for the final envelopes in
 *     {@link #days}
 * @param pending     cases under way at the end of the log read, whose first envelope (intake) is in {@link #days}
 * @param waits       waiting times per passage, direction and step, for the decisions in {@link #days}
 * @param refusals    refusals per step, reason and passage, for the refusals in {@link #days}
 * @param unclassified envelopes of cases (in any day) that were not counted because they lack a passage, a
 *     direction or a category, which every envelope of a case must carry: shown, never silently dropped
 */
public record CrossingStatistics(Days days, List<CrossingCount> crossings, List<PendingCount> pending,
                                 List<WaitingTime> waits, List<RefusalCount> refusals, long unclassified) {

    public CrossingStatistics {
        Objects.requireNonNull(days, "statistics days");
        crossings = crossings.stream().sorted(CrossingCount.ORDER).toList();
        pending = pending.stream().sorted(PendingCount.ORDER).toList();
        waits = waits.stream().sorted(WaitingTime.ORDER).toList();
        refusals = refusals.stream().sorted(RefusalCount.ORDER).toList();
        if (unclassified < 0) {
            throw new IllegalArgumentException("statistics unclassified " + unclassified + " must not be negative");
        }
    }
}

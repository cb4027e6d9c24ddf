package org.crossings.server.stats.http;

import java.time.LocalDate;
import java.util.List;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.stats.CrossingCount;
import org.crossings.server.stats.CrossingStatistics;
import org.crossings.server.stats.PendingCount;
import org.crossings.server.stats.RefusalCount;
import org.crossings.server.stats.WaitingTime;

/**
 * The JSON answer of {@code GET /api/statistics}: days are ISO 8601 UTC days ({@code until} excluded, null when
 * open), passages carry their kind ({@code crossing-point} or {@code route}), a direction names the posts it goes
 * from and to, waits are whole milliseconds, and every word is lower case. Rows keep the report's order.
 */
final class StatisticsViews {

    private StatisticsViews() {
    }

    record Statistics(String from, String until, List<Crossings> crossings, List<Pending> pending,
                      List<Waiting> waits, List<Refusals> refusals, long unclassified) {
    }

    record Crossings(String day, Passage passage, Posts direction, String category, String outcome, long count) {
    }

    record Pending(Passage passage, Posts direction, String category, long count) {
    }

    record Waiting(Passage passage, Posts direction, String step, long count, long medianMillis, long p95Millis) {
    }

    record Refusals(String step, String reason, Passage passage, long count) {
    }

    record Passage(String kind, String id) {
    }

    record Posts(String from, String to) {
    }

    static Statistics statistics(CrossingStatistics report) {
        return new Statistics(report.days().from().map(LocalDate::toString).orElse(null),
                report.days().until().map(LocalDate::toString).orElse(null),
                report.crossings().stream().map(StatisticsViews::crossings).toList(),
                report.pending().stream().map(StatisticsViews::pending).toList(),
                report.waits().stream().map(StatisticsViews::waiting).toList(),
                report.refusals().stream().map(StatisticsViews::refusals).toList(),
                report.unclassified());
    }

    private static Crossings crossings(CrossingCount row) {
        return new Crossings(row.day().toString(), passage(row.passage()), posts(row.direction()), row.category(),
                row.outcome().word(), row.count());
    }

    private static Pending pending(PendingCount row) {
        return new Pending(passage(row.passage()), posts(row.direction()), row.category(), row.count());
    }

    private static Waiting waiting(WaitingTime row) {
        return new Waiting(passage(row.passage()), posts(row.direction()), row.step().word(), row.count(),
                row.median().toMillis(), row.p95().toMillis());
    }

    private static Refusals refusals(RefusalCount row) {
        return new Refusals(row.step().word(), row.reason().orElse(null), passage(row.passage()), row.count());
    }

    private static Passage passage(PassageId passage) {
        return new Passage(passage instanceof CrossingPointId ? "crossing-point" : "route", passage.value());
    }

    private static Posts posts(Direction direction) {
        return new Posts(direction.from().value(), direction.to().value());
    }
}

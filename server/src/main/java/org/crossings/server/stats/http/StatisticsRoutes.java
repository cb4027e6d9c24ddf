package org.crossings.server.stats.http;

import java.time.LocalDate;
import java.util.Optional;
import org.crossings.server.stats.CrossingTally;
import org.crossings.server.stats.Days;
import org.crossings.server.stats.TravelEnvelopes;
import org.crossings.server.value.DateRange;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/statistics?from=&until=}: the statistics of crossings over the UTC days {@code [from, until)},
 * either end optional, recomputed from the log's envelopes on every request, so that they are the figures any party
 * gets from its own copy of the log.
 *
 * <p>Each request reads the whole log: simple and exactly what an auditor recomputes, but linear in the log's size; a
 * tally kept by the projector would answer from memory.
 */
@RestController
class StatisticsRoutes {

    private final TravelEnvelopes envelopes;

    StatisticsRoutes(TravelEnvelopes envelopes) {
        this.envelopes = envelopes;
    }

    @GetMapping(path = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    StatisticsViews.Statistics statistics(@RequestParam(name = "from", required = false) String from,
                                          @RequestParam(name = "until", required = false) String until) {
        Days days = new Days(day("from", from), day("until", until));
        return StatisticsViews.statistics(CrossingTally.of(envelopes).report(days));
    }

    /** A UTC day as ISO 8601 ({@code 2025-03-01}); absent is open, anything else that is no such day is bad input. */
    private static Optional<LocalDate> day(String parameter, String value) {
        return Optional.ofNullable(value).map(text -> DateRange.CROSSINGS.day("statistics " + parameter, text));
    }
}

package org.crossings.server.stats.http;

import org.crossings.server.EnvelopeFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Direction;
import org.crossings.server.place.RouteId;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.KeyId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The route over an in-memory log, without a server: the days it reads from its parameters and the JSON it answers.
 * Over HTTP it answers once the wiring gives it the log's envelopes.
 */
class StatisticsRoutesTest {

    private static final Instant MARCH_1 = Instant.parse("2025-03-01T08:00:00Z");

    private final List<Envelope> log = List.of(
            envelope("traveller.taken-in", MARCH_1, null),
            envelope("traveller.exit-allowed", MARCH_1.plusMillis(1500), null),
            envelope("traveller.entry-refused", Instant.parse("2025-03-02T09:00:00Z"), "E"));
    private final StatisticsRoutes routes = new StatisticsRoutes(log::forEach);

    @Test
    void answers_the_statistics_of_the_days_from_included_until_excluded_in_json() {
        String json = JsonMapper.builder().build().writeValueAsString(routes.statistics("2025-03-01", "2025-03-02"));

        assertThat(json).isEqualTo("""
                {"from":"2025-03-01","until":"2025-03-02","crossings":[],"pending":[],"waits":[{"passage":\
                {"kind":"route","id":"SYUNIK"},"direction":{"from":"AZ-GADIS","to":"AZ-ORDUBAD"},"step":"exit",\
                "count":1,"medianMillis":1500,"p95Millis":1500}],"refusals":[],"unclassified":0}""");
    }

    @Test
    void open_ends_count_every_day() {
        StatisticsViews.Statistics all = routes.statistics(null, null);

        assertThat(all.from()).isNull();
        assertThat(all.until()).isNull();
        assertThat(all.crossings()).extracting(StatisticsViews.Crossings::day, StatisticsViews.Crossings::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2025-03-02", "entry-refused"));
        assertThat(all.refusals()).extracting(StatisticsViews.Refusals::reason).containsExactly("E");
    }

    @Test
    void a_day_that_is_no_iso_date_is_bad_input_naming_the_parameter_and_its_value() {
        assertThatThrownBy(() -> routes.statistics("1 March", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("statistics from \"1 March\" is not a day in ISO 8601 form");
        assertThatThrownBy(() -> routes.statistics(null, "2025-02-30")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("statistics until \"2025-02-30\" is not a day of the calendar");
        assertThatThrownBy(() -> routes.statistics("", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("statistics from \"\"");
    }

    @Test
    void until_before_from_is_bad_input_naming_both() {
        assertThatThrownBy(() -> routes.statistics("2025-03-02", "2025-03-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days from 2025-03-02 must be before until 2025-03-01 (until is excluded)");
    }

    private static Envelope envelope(String type, Instant at, String reason) {
        return EnvelopeFixtures.v1(EventType.of(type), at, new Subject("case", "C7KQ2M9XDH4A"), PartyCode.of("AZE"),
                KeyId.parse("0a1b2c3d"), Optional.of(RouteId.of("SYUNIK")),
                Optional.of(Direction.of("AZ-GADIS", "AZ-ORDUBAD")), Optional.of("ordinary-passport"),
                new TreeSet<>(List.of(PartyCode.of("AZE"))), Optional.of("AZE-ARM-2025-SYUNIK v1"),
                Optional.ofNullable(reason), Hash.of(new byte[Hash.SIZE]), new byte[0]);
    }
}

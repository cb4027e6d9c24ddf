package org.crossings.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.stats.CaseEnvelopes.INTO_ARMENIA;
import static org.crossings.server.stats.CaseEnvelopes.INTO_TURKEY;
import static org.crossings.server.stats.CaseEnvelopes.MARCH_1;
import static org.crossings.server.stats.CaseEnvelopes.MARGARA;
import static org.crossings.server.stats.CaseEnvelopes.SYUNIK;
import static org.crossings.server.stats.CaseEnvelopes.ordinary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.Subject;
import org.crossings.server.place.Direction;
import org.junit.jupiter.api.Test;

class CrossingTallyTest {

    private static final LocalDate DAY_1 = LocalDate.parse("2025-03-01");
    private static final LocalDate DAY_2 = LocalDate.parse("2025-03-02");

    private final CrossingTally tally = new CrossingTally();

    @Test
    void cases_are_counted_per_outcome_and_category_on_the_utc_day_of_their_final_envelope() {
        CaseEnvelopes admitted = ordinary("C7KQ2M9XDH4A");
        CaseEnvelopes diplomat = ordinary("C2").with("diplomatic-passport");
        CaseEnvelopes refused = ordinary("C3");
        add(admitted.takenIn(MARCH_1), admitted.exitAllowed(MARCH_1.plusSeconds(60)),
                admitted.admitted(Instant.parse("2025-03-02T00:00:00Z")), // midnight UTC: the next day
                diplomat.takenIn(MARCH_1), diplomat.exitAllowed(MARCH_1.plusSeconds(10)),
                diplomat.admitted(MARCH_1.plusSeconds(20)),
                refused.takenIn(MARCH_1), refused.exitAllowed(MARCH_1.plusSeconds(10)),
                refused.entryRefused(MARCH_1.plusSeconds(30), "E"),
                ordinary("C4").takenIn(MARCH_1), ordinary("C4").exitRefused(MARCH_1.plusSeconds(5), "X1"),
                ordinary("C5").notEligible(MARCH_1, "no-agreement"), ordinary("C6").notEligible(MARCH_1, "no-agreement"));

        assertThat(tally.report().crossings()).containsExactly(
                new CrossingCount(DAY_1, MARGARA, INTO_TURKEY, "diplomatic-passport", Outcome.ADMITTED, 1),
                new CrossingCount(DAY_1, MARGARA, INTO_TURKEY, "ordinary-passport", Outcome.ENTRY_REFUSED, 1),
                new CrossingCount(DAY_1, MARGARA, INTO_TURKEY, "ordinary-passport", Outcome.EXIT_REFUSED, 1),
                new CrossingCount(DAY_1, MARGARA, INTO_TURKEY, "ordinary-passport", Outcome.NOT_ELIGIBLE, 2),
                new CrossingCount(DAY_2, MARGARA, INTO_TURKEY, "ordinary-passport", Outcome.ADMITTED, 1));
    }

    @Test
    void waits_of_1_to_100_ms_have_a_median_of_50_ms_and_a_95th_percentile_of_95_ms_by_nearest_rank() {
        for (int wait = 100; wait >= 1; wait--) { // in reverse, so the percentiles must sort
            CaseEnvelopes traveller = ordinary("C" + wait);
            add(traveller.takenIn(MARCH_1), traveller.exitRefused(MARCH_1.plusMillis(wait), "X1"));
        }

        assertThat(tally.report().waits()).containsExactly(
                new WaitingTime(MARGARA, INTO_TURKEY, Wait.EXIT, 100, Duration.ofMillis(50), Duration.ofMillis(95)),
                new WaitingTime(MARGARA, INTO_TURKEY, Wait.TOTAL, 100, Duration.ofMillis(50), Duration.ofMillis(95)));
    }

    @Test
    void the_exit_wait_runs_from_intake_the_entry_wait_from_exit_allowed_and_the_total_from_intake_to_the_end() {
        CaseEnvelopes traveller = ordinary("C1");
        add(traveller.takenIn(MARCH_1), traveller.exitAllowed(MARCH_1.plusSeconds(300)),
                traveller.admitted(MARCH_1.plusSeconds(1200)));

        assertThat(tally.report().waits()).containsExactly(
                new WaitingTime(MARGARA, INTO_TURKEY, Wait.EXIT, 1, Duration.ofMinutes(5), Duration.ofMinutes(5)),
                new WaitingTime(MARGARA, INTO_TURKEY, Wait.ENTRY, 1, Duration.ofMinutes(15), Duration.ofMinutes(15)),
                new WaitingTime(MARGARA, INTO_TURKEY, Wait.TOTAL, 1, Duration.ofMinutes(20), Duration.ofMinutes(20)));
    }

    @Test
    void on_a_route_each_border_has_its_own_exit_and_entry_wait_and_only_the_last_admission_ends_the_case() {
        Direction west = Direction.of("AZ-AGHBAND", "AZ-ORDUBAD");
        CaseEnvelopes traveller = ordinary("C1").at(SYUNIK, west);
        add(traveller.takenIn(MARCH_1), traveller.exitAllowed(MARCH_1.plusSeconds(60)),
                traveller.admittedInTransit(MARCH_1.plusSeconds(180)));

        assertThat(tally.report().crossings()).isEmpty();
        assertThat(tally.report().pending()).extracting(PendingCount::count).containsExactly(1L);

        add(traveller.exitAllowed(MARCH_1.plusSeconds(1380)), traveller.admitted(MARCH_1.plusSeconds(1500)));

        assertThat(tally.report().crossings()).extracting(CrossingCount::outcome).containsExactly(Outcome.ADMITTED);
        assertThat(tally.report().waits()).containsExactly(
                new WaitingTime(SYUNIK, west, Wait.EXIT, 2, Duration.ofMinutes(1), Duration.ofMinutes(20)),
                new WaitingTime(SYUNIK, west, Wait.ENTRY, 2, Duration.ofMinutes(2), Duration.ofMinutes(2)),
                new WaitingTime(SYUNIK, west, Wait.TOTAL, 1, Duration.ofMinutes(25), Duration.ofMinutes(25)));
    }

    @Test
    void agreement_events_events_of_other_features_unknown_traveller_events_and_preregistrations_are_ignored() {
        CaseEnvelopes traveller = ordinary("C1");
        add(CaseEnvelopes.other("agreement.signed", new Subject("agreement", "ARM-TUR-2022-07"), MARCH_1),
                CaseEnvelopes.other("party.registered", new Subject("party", "ARM"), MARCH_1),
                CaseEnvelopes.other("traveller.admitted", new Subject("movement", "25TR0001"), MARCH_1),
                traveller.envelope("traveller.photo-taken", MARCH_1, "OPR", null),
                traveller.preregistered(MARCH_1));

        assertThat(tally.report()).isEqualTo(new CrossingStatistics(Days.all(), List.of(), List.of(), List.of(),
                List.of(), 0));
    }

    @Test
    void a_final_decision_without_intake_in_the_log_is_counted_but_gives_no_wait() {
        add(ordinary("C1").admitted(MARCH_1));

        CrossingStatistics report = tally.report();
        assertThat(report.crossings()).containsExactly(
                new CrossingCount(DAY_1, MARGARA, INTO_TURKEY, "ordinary-passport", Outcome.ADMITTED, 1));
        assertThat(report.waits()).isEmpty();
    }

    @Test
    void an_exit_allowed_without_intake_gives_the_entry_wait_but_no_exit_or_total_wait() {
        CaseEnvelopes traveller = ordinary("C1");
        add(traveller.exitAllowed(MARCH_1), traveller.entryRefused(MARCH_1.plusMillis(7), "B"));

        assertThat(tally.report().waits()).containsExactly(
                new WaitingTime(MARGARA, INTO_TURKEY, Wait.ENTRY, 1, Duration.ofMillis(7), Duration.ofMillis(7)));
    }

    @Test
    void cases_taken_in_without_a_final_decision_are_pending_until_decided() {
        CaseEnvelopes waiting = ordinary("C1");
        CaseEnvelopes leaving = ordinary("C2");
        add(waiting.takenIn(MARCH_1), leaving.takenIn(MARCH_1), leaving.exitAllowed(MARCH_1.plusSeconds(1)));
        assertThat(tally.report().pending()).containsExactly(
                new PendingCount(MARGARA, INTO_TURKEY, "ordinary-passport", 2));

        add(leaving.admitted(MARCH_1.plusSeconds(2)));
        assertThat(tally.report().pending()).containsExactly(
                new PendingCount(MARGARA, INTO_TURKEY, "ordinary-passport", 1));
    }

    @Test
    void refusals_are_counted_by_step_reason_code_and_passage() {
        add(ordinary("C1").notEligible(MARCH_1, "nationality-not-allowed"),
                ordinary("C2").notEligible(MARCH_1, "no-agreement"),
                ordinary("C3").notEligible(MARCH_1, "no-agreement"),
                ordinary("C4").at(SYUNIK, INTO_ARMENIA).exitRefused(MARCH_1, "X1"),
                ordinary("C5").entryRefused(MARCH_1, "E"),
                ordinary("C6").entryRefused(MARCH_1, "A"),
                ordinary("C7").entryRefused(MARCH_1, null));

        assertThat(tally.report().refusals()).containsExactly(
                new RefusalCount(RefusalStep.INTAKE, Optional.of("nationality-not-allowed"), MARGARA, 1),
                new RefusalCount(RefusalStep.INTAKE, Optional.of("no-agreement"), MARGARA, 2),
                new RefusalCount(RefusalStep.EXIT, Optional.of("X1"), SYUNIK, 1),
                new RefusalCount(RefusalStep.ENTRY, Optional.empty(), MARGARA, 1),
                new RefusalCount(RefusalStep.ENTRY, Optional.of("A"), MARGARA, 1),
                new RefusalCount(RefusalStep.ENTRY, Optional.of("E"), MARGARA, 1));
    }

    @Test
    void a_range_of_days_counts_finals_and_waits_from_its_first_day_included_to_its_last_excluded() {
        CaseEnvelopes first = ordinary("C1");
        CaseEnvelopes second = ordinary("C2");
        add(first.takenIn(MARCH_1), first.exitRefused(MARCH_1.plusSeconds(1), "X1"),
                second.takenIn(MARCH_1), second.exitRefused(Instant.parse("2025-03-02T23:59:59.999Z"), "X2"));

        CrossingStatistics day2 = tally.report(Days.between(DAY_2, DAY_2.plusDays(1)));
        assertThat(day2.crossings()).extracting(CrossingCount::day).containsExactly(DAY_2);
        assertThat(day2.refusals()).extracting(RefusalCount::reason).containsExactly(Optional.of("X2"));
        assertThat(day2.waits()).extracting(WaitingTime::count).containsExactly(1L, 1L);
        assertThat(tally.report(Days.between(DAY_1, DAY_2)).crossings()).extracting(CrossingCount::day)
                .containsExactly(DAY_1);
        assertThat(tally.report(new Days(Optional.empty(), Optional.of(DAY_1))).crossings()).isEmpty();
    }

    @Test
    void envelopes_of_a_case_without_passage_direction_or_category_are_shown_as_unclassified_not_dropped() {
        Envelope bare = CaseEnvelopes.withoutPlace("traveller.admitted", new Subject("case", "C1"), MARCH_1);
        add(ordinary("C1").takenIn(MARCH_1), bare);

        CrossingStatistics report = tally.report();
        assertThat(report.unclassified()).isEqualTo(1);
        assertThat(report.crossings()).isEmpty();
        assertThat(report.pending()).as("decided all the same").isEmpty();
    }

    @Test
    void rows_are_sorted_by_day_then_crossing_points_before_routes_then_direction_category_and_outcome() {
        add(ordinary("C1").at(SYUNIK, INTO_TURKEY).admitted(MARCH_1),
                ordinary("C2").at(MARGARA, INTO_TURKEY).with("visa").admitted(MARCH_1),
                ordinary("C3").at(MARGARA, INTO_ARMENIA).admitted(MARCH_1),
                ordinary("C4").at(MARGARA, INTO_TURKEY).with("identity-card").notEligible(MARCH_1, "no-agreement"),
                ordinary("C5").at(MARGARA, INTO_TURKEY).with("identity-card").admitted(MARCH_1),
                ordinary("C6").admitted(MARCH_1.minusSeconds(86_400)));

        assertThat(tally.report().crossings()).extracting(row -> row.day() + " " + row.passage() + " "
                + row.direction() + " " + row.category() + " " + row.outcome().word()).containsExactly(
                "2025-02-28 MARGARA-ALICAN AM-MARGARA to TR-ALICAN ordinary-passport admitted",
                "2025-03-01 MARGARA-ALICAN AM-MARGARA to TR-ALICAN identity-card admitted",
                "2025-03-01 MARGARA-ALICAN AM-MARGARA to TR-ALICAN identity-card not-eligible",
                "2025-03-01 MARGARA-ALICAN AM-MARGARA to TR-ALICAN visa admitted",
                "2025-03-01 MARGARA-ALICAN TR-ALICAN to AM-MARGARA ordinary-passport admitted",
                "2025-03-01 SYUNIK AM-MARGARA to TR-ALICAN ordinary-passport admitted");
    }

    @Test
    void the_tally_of_a_log_reads_every_envelope_the_port_gives() {
        CaseEnvelopes traveller = ordinary("C1");
        List<Envelope> log = List.of(traveller.takenIn(MARCH_1), traveller.exitRefused(MARCH_1, "X1"));

        assertThat(CrossingTally.of(log::forEach).report().crossings()).hasSize(1);
    }

    private void add(Envelope... envelopes) {
        for (Envelope envelope : envelopes) {
            tally.add(envelope);
        }
    }
}

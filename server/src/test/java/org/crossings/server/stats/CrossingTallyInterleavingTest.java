package org.crossings.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.Subject;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A property: the report depends on what happened to each case, not on how the cases' envelopes were interleaved in
 * the log, as long as each case's own envelopes stay in order. Random cases from a seeded {@link Random}, so a
 * failure can be replayed.
 */
class CrossingTallyInterleavingTest {

    private static final List<PassageId> PASSAGES = List.of(CaseEnvelopes.MARGARA, CaseEnvelopes.SYUNIK);
    private static final List<Direction> DIRECTIONS = List.of(CaseEnvelopes.INTO_TURKEY, CaseEnvelopes.INTO_ARMENIA);
    private static final List<String> CATEGORIES = List.of("ordinary-passport", "diplomatic-passport", "visa");
    private static final Instant START = Instant.parse("2025-02-27T20:00:00Z");

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20250301, 42})
    void two_halves_of_a_log_give_the_same_report_in_either_order_and_in_any_interleaving_of_cases(long seed) {
        Random random = new Random(seed);
        List<List<Envelope>> cases = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            cases.add(randomCase("C" + seed + "X" + i, random));
        }
        List<List<Envelope>> first = cases.subList(0, 200);
        List<List<Envelope>> second = cases.subList(200, 400);

        CrossingStatistics oneThenTwo = report(concat(interleave(first, random), interleave(second, random)));
        CrossingStatistics twoThenOne = report(concat(interleave(second, random), interleave(first, random)));
        CrossingStatistics mixed = report(interleave(cases, random));

        assertThat(oneThenTwo.crossings()).isNotEmpty();
        assertThat(oneThenTwo.waits()).isNotEmpty();
        assertThat(oneThenTwo.pending()).isNotEmpty();
        assertThat(twoThenOne).isEqualTo(oneThenTwo);
        assertThat(mixed).isEqualTo(oneThenTwo);
        Days march1 = Days.between(java.time.LocalDate.parse("2025-03-01"), java.time.LocalDate.parse("2025-03-02"));
        assertThat(report(interleave(cases, random), march1)).isEqualTo(report(interleave(cases, random), march1));
    }

    /** One case's envelopes in its own order, at increasing times over a few days, with other features' between. */
    private static List<Envelope> randomCase(String reference, Random random) {
        CaseEnvelopes traveller = new CaseEnvelopes(reference, pick(PASSAGES, random), pick(DIRECTIONS, random),
                pick(CATEGORIES, random));
        Instant at = START.plusMillis(random.nextLong(3 * 86_400_000L));
        List<Envelope> envelopes = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            envelopes.add(traveller.preregistered(at));
        }
        if (random.nextInt(8) == 0) {
            envelopes.add(traveller.notEligible(at, pick(List.of("no-agreement", "nationality-not-allowed"), random)));
            return envelopes;
        }
        envelopes.add(traveller.takenIn(at = later(at, random)));
        envelopes.add(CaseEnvelopes.other("agreement.used", new Subject("agreement", "ARM-TUR-2022-07"), at));
        switch (random.nextInt(6)) {
            case 0 -> { } // pending at intake
            case 1 -> envelopes.add(traveller.exitRefused(later(at, random), "X1"));
            case 2 -> envelopes.add(traveller.exitAllowed(later(at, random))); // pending after exit
            default -> {
                envelopes.add(traveller.exitAllowed(at = later(at, random)));
                envelopes.add(random.nextBoolean() ? traveller.admitted(later(at, random))
                        : traveller.entryRefused(later(at, random), pick(List.of("A", "C", "E"), random)));
            }
        }
        return envelopes;
    }

    /** The envelopes of the cases, each case's in its order, cases interleaved at random. */
    private static List<Envelope> interleave(List<List<Envelope>> cases, Random random) {
        List<Envelope> log = new ArrayList<>();
        List<int[]> cursors = new ArrayList<>();
        List<List<Envelope>> open = new ArrayList<>(cases);
        for (int i = 0; i < open.size(); i++) {
            cursors.add(new int[1]);
        }
        while (!open.isEmpty()) {
            int next = random.nextInt(open.size());
            List<Envelope> envelopes = open.get(next);
            log.add(envelopes.get(cursors.get(next)[0]++));
            if (cursors.get(next)[0] == envelopes.size()) {
                open.remove(next);
                cursors.remove(next);
            }
        }
        return log;
    }

    private static List<Envelope> concat(List<Envelope> first, List<Envelope> second) {
        List<Envelope> log = new ArrayList<>(first);
        log.addAll(second);
        return log;
    }

    private static CrossingStatistics report(List<Envelope> log) {
        return report(log, Days.all());
    }

    private static CrossingStatistics report(List<Envelope> log, Days days) {
        CrossingTally tally = new CrossingTally();
        log.forEach(tally::add);
        return tally.report(days);
    }

    private static Instant later(Instant at, Random random) {
        return at.plusMillis(1 + random.nextInt(3_600_000));
    }

    private static <T> T pick(List<T> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }
}

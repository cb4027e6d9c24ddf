package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Places;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.RouteId;
import org.junit.jupiter.api.Test;

/** A case's life replayed from its events: {@link TravellerCase#first}, {@link TravellerCase#apply}, pure and total. */
class TravellerCaseLifeTest {

    private static final Places PLACES = DemoWorld.load().places();
    private static final Way MARGARA_TO_ALICAN = new Way(PLACES.passage(CrossingPointId.of("MARGARA-ALICAN"))
            .orElseThrow(), Direction.of("AM-MARGARA", "TR-ALICAN"));
    private static final Way SYUNIK_WESTWARD = new Way(PLACES.passage(RouteId.of("SYUNIK")).orElseThrow(),
            Direction.of("AZ-AGHBAND", "AZ-ORDUBAD"));
    private static final AgreementRef AGREEMENT = new AgreementRef(AgreementId.of("ARM-TUR-2022-THIRD-COUNTRY"), 1);
    private static final PartyCode ARM = PartyCode.of("ARM");
    private static final PartyCode TUR = PartyCode.of("TUR");
    private static final PartyCode AZE = PartyCode.of("AZE");
    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    private final CaseReference reference = CaseReference.random();
    private long index;

    private CaseEntry entry(CaseEventType type, PartyCode actor) {
        index++;
        return new CaseEntry(index, type, T0.plusSeconds(60 * index), actor, Optional.empty(), Set.of(actor));
    }

    private CaseOpening opening(Way way) {
        return new CaseOpening(way, "ordinary-passport", Optional.of(AGREEMENT), Set.of(ARM, TUR), Set.of(ARM),
                Optional.empty(), Optional.empty());
    }

    private TravellerCase takenIn(Way way) {
        return TravellerCase.first(new CaseEvent.TakenIn(reference, entry(CaseEventType.TAKEN_IN, ARM),
                opening(way)));
    }

    private static TravellerCase applied(CaseChange change) {
        assertThat(change).isInstanceOf(CaseChange.Applied.class);
        return ((CaseChange.Applied) change).after();
    }

    @Test
    void an_intake_opens_a_case_waiting_in_the_exit_posts_queue_since_it_was_taken_in() {
        TravellerCase opened = takenIn(MARGARA_TO_ALICAN);

        assertThat(opened.status()).isEqualTo(CaseStatus.AWAITING_EXIT);
        assertThat(opened.waitingAt()).contains(PostCode.of("AM-MARGARA"));
        assertThat(opened.waitingSince()).contains(opened.openedAt());
        assertThat(opened.entries()).extracting(CaseEntry::type).containsExactly(CaseEventType.TAKEN_IN);
    }

    @Test
    void exit_then_entry_admits_the_traveller_and_empties_the_queues() {
        TravellerCase exited = applied(takenIn(MARGARA_TO_ALICAN).apply(new CaseEvent.ExitAllowed(reference,
                entry(CaseEventType.EXIT_ALLOWED, ARM))));
        assertThat(exited.status()).isEqualTo(CaseStatus.AWAITING_ENTRY);
        assertThat(exited.waitingAt()).contains(PostCode.of("TR-ALICAN"));
        assertThat(exited.waitingSince()).contains(exited.entries().getLast().time());

        TravellerCase admitted = applied(exited.apply(new CaseEvent.Admitted(reference,
                entry(CaseEventType.ADMITTED, TUR))));
        assertThat(admitted.status()).isEqualTo(CaseStatus.ADMITTED);
        assertThat(admitted.decided()).isEqualTo(2);
        assertThat(admitted.waitingAt()).isEmpty();
        assertThat(admitted.waitingSince()).isEmpty();
        assertThat(admitted.entries()).hasSize(3);
    }

    @Test
    void a_refusal_closes_the_case_at_the_check_it_was_taken() {
        TravellerCase refused = applied(takenIn(MARGARA_TO_ALICAN).apply(new CaseEvent.ExitRefused(reference,
                entry(CaseEventType.EXIT_REFUSED, ARM))));

        assertThat(refused.status()).isEqualTo(CaseStatus.EXIT_REFUSED);
        assertThat(refused.decided()).isZero();
        assertThat(refused.waitingAt()).isEmpty();
    }

    @Test
    void a_decision_out_of_order_or_by_the_wrong_state_is_not_applied_and_throws_nothing() {
        TravellerCase opened = takenIn(MARGARA_TO_ALICAN);

        assertThat(opened.apply(new CaseEvent.Admitted(reference, entry(CaseEventType.ADMITTED, TUR))))
                .isInstanceOf(CaseChange.NotApplied.class);
        assertThat(opened.apply(new CaseEvent.ExitAllowed(reference, entry(CaseEventType.EXIT_ALLOWED, TUR))))
                .isInstanceOf(CaseChange.NotApplied.class);
        TravellerCase closed = applied(opened.apply(new CaseEvent.ExitRefused(reference,
                entry(CaseEventType.EXIT_REFUSED, ARM))));
        assertThat(closed.apply(new CaseEvent.ExitAllowed(reference, entry(CaseEventType.EXIT_ALLOWED, ARM))))
                .isInstanceOf(CaseChange.NotApplied.class);
    }

    @Test
    void a_decision_on_a_case_the_log_never_opened_is_not_applied() {
        assertThat(TravellerCase.replay(Optional.empty(), new CaseEvent.ExitAllowed(reference,
                entry(CaseEventType.EXIT_ALLOWED, ARM)))).isInstanceOf(CaseChange.NotApplied.class);
    }

    @Test
    void a_second_intake_is_listed_with_the_case_and_changes_nothing_else() {
        TravellerCase opened = takenIn(MARGARA_TO_ALICAN);

        CaseChange again = opened.apply(new CaseEvent.NotEligible(reference, entry(CaseEventType.NOT_ELIGIBLE, ARM),
                opening(MARGARA_TO_ALICAN)));

        assertThat(again).isInstanceOfSatisfying(CaseChange.Noted.class,
                noted -> assertThat(noted.unchanged()).isEqualTo(opened));
    }

    @Test
    void an_old_logs_pre_registered_case_is_taken_in_keeping_when_it_was_opened() {
        TravellerCase preregistered = TravellerCase.first(new CaseEvent.Preregistered(reference,
                entry(CaseEventType.PREREGISTERED, ARM), opening(MARGARA_TO_ALICAN)));
        assertThat(preregistered.status()).isEqualTo(CaseStatus.PREREGISTERED);
        assertThat(preregistered.waitingAt()).isEmpty();

        TravellerCase taken = applied(preregistered.apply(new CaseEvent.TakenIn(reference,
                entry(CaseEventType.TAKEN_IN, ARM), opening(MARGARA_TO_ALICAN))));

        assertThat(taken.status()).isEqualTo(CaseStatus.AWAITING_EXIT);
        assertThat(taken.openedAt()).isEqualTo(preregistered.openedAt());
        assertThat(taken.waitingSince()).contains(taken.entries().getLast().time());
    }

    @Test
    void on_a_route_an_admission_on_the_way_leads_to_the_next_borders_exit() {
        TravellerCase opened = TravellerCase.first(new CaseEvent.TakenIn(reference,
                entry(CaseEventType.TAKEN_IN, PartyCode.of("OPERATOR")), opening(SYUNIK_WESTWARD)));
        TravellerCase left = applied(opened.apply(new CaseEvent.ExitAllowed(reference,
                entry(CaseEventType.EXIT_ALLOWED, AZE))));

        TravellerCase inTransit = applied(left.apply(new CaseEvent.AdmittedInTransit(reference,
                entry(CaseEventType.ADMITTED_IN_TRANSIT, ARM))));

        assertThat(inTransit.status()).isEqualTo(CaseStatus.AWAITING_EXIT);
        assertThat(inTransit.waitingAt()).contains(PostCode.of("AM-SYUNIK-WEST"));
        assertThat(inTransit.decided()).isEqualTo(2);
        assertThat(List.of(inTransit.isLastCheck())).containsExactly(false);
    }
}

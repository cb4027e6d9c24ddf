package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PostCode;
import org.junit.jupiter.api.Test;

/** Who may decide which step of a case, and when: the rules {@link TravellerCase#checkDecision} states. */
class TravellerCaseTest {

    private static final AgreementRef THIRD_COUNTRY = new AgreementRef(AgreementId.of("ARM-TUR-2022-THIRD-COUNTRY"), 1);
    private static final Actor ARM_AT_MARGARA = new Actor("arm-officer-margara", PartyCode.of("ARM"),
            Set.of(PostCode.of("AM-MARGARA")), false);
    private static final Actor TUR_AT_ALICAN = new Actor("tur-officer-alican", PartyCode.of("TUR"),
            Set.of(PostCode.of("TR-ALICAN")), false);
    private static final Actor ARM_AT_AKHURIK = new Actor("arm-officer-akhurik", PartyCode.of("ARM"),
            Set.of(PostCode.of("AM-AKHURIK")), false);
    private static final Actor OPERATOR = new Actor("operator-front-office", PartyCode.of("OPERATOR"), Set.of(), true);

    private static final List<Check> MARGARA_TO_ALICAN = List.of(
            new Check(PostCode.of("AM-MARGARA"), PartyCode.of("ARM"), Step.EXIT),
            new Check(PostCode.of("TR-ALICAN"), PartyCode.of("TUR"), Step.ENTRY));

    private static TravellerCase at(CaseStatus status) {
        int decided = status == CaseStatus.AWAITING_ENTRY ? 1 : status == CaseStatus.ADMITTED ? 2 : 0;
        return new TravellerCase(CaseReference.random(), status, CrossingPointId.of("MARGARA-ALICAN"),
                Direction.of("AM-MARGARA", "TR-ALICAN"), MARGARA_TO_ALICAN, decided, "ordinary-passport", Optional.of(THIRD_COUNTRY), Instant.EPOCH, Optional.of(Instant.EPOCH),
                Set.of(PartyCode.of("ARM"), PartyCode.of("TUR")), Set.of(PartyCode.of("ARM"), PartyCode.of("TUR")),
                Optional.empty(), List.of());
    }

    @Test
    void the_exit_state_s_officer_at_the_exit_post_decides_exit_naming_the_agreement() {
        assertThat(at(CaseStatus.AWAITING_EXIT).checkDecision(Step.EXIT, ARM_AT_MARGARA)).isEqualTo(THIRD_COUNTRY);
        assertThat(at(CaseStatus.AWAITING_ENTRY).checkDecision(Step.ENTRY, TUR_AT_ALICAN)).isEqualTo(THIRD_COUNTRY);
    }

    @Test
    void the_operator_never_decides_and_a_state_never_decides_for_the_other_side() {
        assertThatThrownBy(() -> at(CaseStatus.AWAITING_EXIT).checkDecision(Step.EXIT, OPERATOR))
                .isInstanceOf(NotYourCase.class).hasMessageContaining("cannot decide for another state");
        assertThatThrownBy(() -> at(CaseStatus.AWAITING_EXIT).checkDecision(Step.EXIT, TUR_AT_ALICAN))
                .isInstanceOf(NotYourCase.class).hasMessageContaining("ARM's officers at AM-MARGARA");
        assertThatThrownBy(() -> at(CaseStatus.AWAITING_ENTRY).checkDecision(Step.ENTRY, ARM_AT_MARGARA))
                .isInstanceOf(NotYourCase.class);
    }

    @Test
    void an_officer_of_the_right_state_at_another_post_may_not_decide() {
        assertThatThrownBy(() -> at(CaseStatus.AWAITING_EXIT).checkDecision(Step.EXIT, ARM_AT_AKHURIK))
                .isInstanceOf(NotYourCase.class).hasMessageContaining("is not an officer there");
    }

    @Test
    void a_decision_is_taken_once_and_in_order() {
        assertThatThrownBy(() -> at(CaseStatus.AWAITING_EXIT).checkDecision(Step.ENTRY, TUR_AT_ALICAN))
                .isInstanceOf(CaseConflict.class).hasMessageContaining("comes first");
        assertThatThrownBy(() -> at(CaseStatus.AWAITING_ENTRY).checkDecision(Step.EXIT, ARM_AT_MARGARA))
                .isInstanceOf(CaseConflict.class).hasMessageContaining("already taken");
        for (CaseStatus closed : List.of(CaseStatus.NOT_ELIGIBLE, CaseStatus.EXIT_REFUSED, CaseStatus.ADMITTED,
                CaseStatus.ENTRY_REFUSED)) {
            assertThatThrownBy(() -> at(closed).checkDecision(Step.ENTRY, TUR_AT_ALICAN))
                    .isInstanceOf(CaseConflict.class).hasMessageContaining("closed");
        }
        assertThatThrownBy(() -> at(CaseStatus.PREREGISTERED).checkDecision(Step.EXIT, ARM_AT_MARGARA))
                .isInstanceOf(CaseConflict.class).hasMessageContaining("pre-registered");
    }

    @Test
    void the_queue_a_case_waits_in_is_the_post_of_the_step_it_waits_for() {
        assertThat(at(CaseStatus.AWAITING_EXIT).waitingAt()).contains(PostCode.of("AM-MARGARA"));
        assertThat(at(CaseStatus.AWAITING_ENTRY).waitingAt()).contains(PostCode.of("TR-ALICAN"));
        assertThat(at(CaseStatus.ADMITTED).waitingAt()).isEmpty();
    }

    @Test
    void a_route_needs_an_exit_and_an_entry_at_every_border_it_crosses_and_none_inside_a_state() {
        var world = org.crossings.server.agreement.DemoWorld.load().places();
        var syunik = world.passage(org.crossings.server.place.RouteId.of("SYUNIK")).orElseThrow();

        List<Check> checks = Check.along(syunik, Direction.of("AZ-AGHBAND", "AZ-ORDUBAD"));

        assertThat(checks).extracting(c -> c.post().value() + " " + c.state() + " " + c.step().json()).containsExactly(
                "AZ-AGHBAND AZE exit", "AM-SYUNIK-EAST ARM entry", "AM-SYUNIK-WEST ARM exit", "AZ-ORDUBAD AZE entry");
        assertThat(Check.along(syunik, Direction.of("AZ-ORDUBAD", "AZ-AGHBAND")).getFirst().post().value())
                .isEqualTo("AZ-ORDUBAD");
    }

    @Test
    void refusal_reasons_belong_to_their_step() {
        assertThat(RefusalReasons.require(Step.ENTRY, "A").text()).contains("travel document");
        assertThatThrownBy(() -> RefusalReasons.require(Step.ENTRY, "X1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason \"X1\"").hasMessageContaining("[A, B, C, D, E, F, G, H, I]");
        assertThat(RefusalReasons.all()).extracting(RefusalReason::code).doesNotHaveDuplicates();
    }
}

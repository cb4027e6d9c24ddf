package org.crossings.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PostCode;
import org.crossings.server.place.RouteId;
import org.junit.jupiter.api.Test;

/**
 * Who takes travellers in on a way, said once by the agreements: the operator an agreement in force names, and then
 * that operator alone; else the departure state's officers at its post.
 */
class FrontOfficeTest {

    private static final DemoWorld WORLD = DemoWorld.load();
    private static final Instant SIGNED = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant IN_FORCE = Instant.parse("2026-04-01T10:00:00Z");
    private static final Passage SYUNIK = WORLD.places().passage(RouteId.of("SYUNIK")).orElseThrow();
    private static final Way TO_NAKHCHIVAN = new Way(SYUNIK, Direction.of("AZ-AGHBAND", "AZ-ORDUBAD"));
    private static final FrontOffice.DepartureState AZE_AT_AGHBAND = new FrontOffice.DepartureState(
            PartyCode.of("AZE"), PostCode.of("AZ-AGHBAND"));

    private final Signatories signatories = new Signatories("ARM", "TUR", "AZE");
    private final Agreement proposed = Agreement.proposed(WORLD.proposal(AgreementId.of("SYUNIK-TRANSIT")));
    private final Agreement signed = signatories.signByAll(proposed, SIGNED);

    @Test
    void on_the_syunik_route_in_force_the_operator_named_by_the_agreement_is_the_front_office_both_ways() {
        Eligibility eligibility = Eligibility.of(List.of(signed));

        FrontOffice operator = new FrontOffice.Operator(PartyCode.of("OPERATOR"), signed.ref());
        assertThat(eligibility.frontOffice(TO_NAKHCHIVAN, IN_FORCE)).isEqualTo(operator);
        assertThat(eligibility.frontOffice(new Way(SYUNIK, TO_NAKHCHIVAN.direction().reversed()), IN_FORCE))
                .isEqualTo(operator);
        assertThat(operator.describe()).isEqualTo("the front office of OPERATOR (named by agreement SYUNIK-TRANSIT v1)");
    }

    @Test
    void where_no_agreement_names_an_operator_the_departure_states_officers_at_their_post_are_the_front_office() {
        Passage margara = WORLD.places().passage(CrossingPointId.of("MARGARA-ALICAN")).orElseThrow();
        Eligibility eligibility = Eligibility.of(List.of(signed));

        assertThat(eligibility.frontOffice(new Way(margara, Direction.of("AM-MARGARA", "TR-ALICAN")), IN_FORCE))
                .isEqualTo(new FrontOffice.DepartureState(PartyCode.of("ARM"), PostCode.of("AM-MARGARA")));
        assertThat(eligibility.frontOffice(new Way(margara, Direction.of("TR-ALICAN", "AM-MARGARA")), IN_FORCE)
                .describe()).isEqualTo("TUR's officers at TR-ALICAN");
    }

    @Test
    void an_agreement_signed_by_one_party_only_names_no_one() {
        Agreement armeniaOnly = signatories.sign(proposed, "ARM", SIGNED);

        assertThat(Eligibility.of(List.of(armeniaOnly)).frontOffice(TO_NAKHCHIVAN, IN_FORCE)).isEqualTo(AZE_AT_AGHBAND);
    }

    @Test
    void before_its_window_and_once_suspended_an_agreement_names_no_one() {
        Instant suspendedAt = Instant.parse("2026-05-01T00:00:00Z");
        Agreement suspended = signed.apply(signed.suspend(PartyCode.of("AZE"), "closed for repairs", suspendedAt));
        Eligibility eligibility = Eligibility.of(List.of(suspended));

        assertThat(eligibility.frontOffice(TO_NAKHCHIVAN, Instant.parse("2026-02-15T10:00:00Z")))
                .as("signed, its window not begun").isEqualTo(AZE_AT_AGHBAND);
        assertThat(eligibility.frontOffice(TO_NAKHCHIVAN, IN_FORCE)).isInstanceOf(FrontOffice.Operator.class);
        assertThat(eligibility.frontOffice(TO_NAKHCHIVAN, suspendedAt)).isEqualTo(AZE_AT_AGHBAND);
    }
}

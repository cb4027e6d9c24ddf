package org.crossings.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.crossings.server.agreement.Crosser.Consignment;
import org.crossings.server.agreement.EligibilityOutcome.Allowed;
import org.crossings.server.agreement.EligibilityOutcome.NotAllowed;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.junit.jupiter.api.Test;

/**
 * CONTEXT.md: Margara–Alican opens for humanitarian aid on 6–11 February 2023 (earthquake) and on 21–31 March 2025
 * (aid to Syria through Türkiye). Trucks leave from Margara, so dates and hours are read in Yerevan time (UTC+4).
 */
class HumanitarianWindowMarch2025Test {

    private static final DemoWorld WORLD = DemoWorld.load();
    private static final Direction ARM_TO_TUR = Direction.of("AM-MARGARA", "TR-ALICAN");
    private static final Consignment AID = new Consignment(GoodsCategory.of("humanitarian-aid"),
            List.of(HsCode.of("190110"), HsCode.of("3004")), true, VehicleKind.TRUCK);

    private final Signatories signatories = new Signatories("ARM", "TUR");
    private final Agreement march = signatories.signByAll(Agreement.proposed(
            WORLD.proposal(AgreementId.of("ARM-TUR-2025-03-HUMANITARIAN"))), Instant.parse("2025-03-18T10:00:00Z"));

    private static CrossingRequest aid(String instant) {
        return new CrossingRequest(AID, CrossingPointId.of("MARGARA-ALICAN"), ARM_TO_TUR, Instant.parse(instant));
    }

    private static ReasonCode only(EligibilityOutcome outcome) {
        return ((NotAllowed) outcome).reasons().getFirst().code();
    }

    @Test
    void a_humanitarian_consignment_is_eligible_on_21_and_31_march_within_the_hours_in_yerevan() {
        Eligibility eligibility = Eligibility.of(List.of(march));
        // 21 March 09:00 in Yerevan is 05:00 UTC: the first second of the window.
        assertThat(eligibility.check(aid("2025-03-21T05:00:00Z"))).isEqualTo(new Allowed(march.ref()));
        // 31 March 17:59:59 in Yerevan is 13:59:59 UTC: the last second of the last day.
        assertThat(eligibility.check(aid("2025-03-31T13:59:59Z"))).isEqualTo(new Allowed(march.ref()));
        // 31 March 18:00 in Yerevan: closed for the day, although it is still 17:00 in Istanbul.
        assertThat(only(eligibility.check(aid("2025-03-31T14:00:00Z")))).isEqualTo(ReasonCode.OUTSIDE_HOURS);
    }

    @Test
    void a_humanitarian_consignment_is_not_eligible_on_20_march_or_1_april() {
        Eligibility eligibility = Eligibility.of(List.of(march));
        assertThat(only(eligibility.check(aid("2025-03-20T10:00:00Z")))).isEqualTo(ReasonCode.BEFORE_WINDOW);
        assertThat(only(eligibility.check(aid("2025-04-01T10:00:00Z")))).isEqualTo(ReasonCode.AFTER_WINDOW);
        // 20 March 23:30 UTC is already 21 March 03:30 in Yerevan: inside the window, but outside the hours.
        assertThat(((NotAllowed) eligibility.check(aid("2025-03-20T23:30:00Z"))).reasons())
                .extracting(Reason::code).containsExactly(ReasonCode.OUTSIDE_HOURS);
    }

    @Test
    void the_february_2023_opening_allowed_aid_trucks_from_6_to_11_february_at_any_hour() {
        Agreement february = signatories.signByAll(Agreement.proposed(
                WORLD.proposal(AgreementId.of("ARM-TUR-2023-02-HUMANITARIAN"))), Instant.parse("2023-02-06T06:00:00Z"));
        Eligibility eligibility = Eligibility.of(List.of(february, march));
        assertThat(eligibility.check(aid("2023-02-11T19:59:59Z"))).isEqualTo(new Allowed(february.ref()));
        assertThat(eligibility.check(aid("2023-02-11T20:00:00Z"))).isInstanceOf(NotAllowed.class);
        assertThat(eligibility.check(aid("2023-02-06T05:59:59Z"))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_consignment_not_declared_humanitarian_is_refused_with_the_reason() {
        Consignment undeclared = new Consignment(AID.category(), AID.goods(), false, VehicleKind.TRUCK);
        EligibilityOutcome outcome = Eligibility.of(List.of(march)).check(new CrossingRequest(undeclared,
                CrossingPointId.of("MARGARA-ALICAN"), ARM_TO_TUR, Instant.parse("2025-03-24T06:00:00Z")));
        assertThat(only(outcome)).isEqualTo(ReasonCode.NOT_HUMANITARIAN);
    }

    @Test
    void a_suspended_agreement_allows_nothing() {
        Agreement suspended = march.apply(march.suspend(PartyCode.of("TUR"), "the road is closed by snow",
                Instant.parse("2025-03-25T06:00:00Z")));
        Eligibility eligibility = Eligibility.of(List.of(suspended));
        assertThat(eligibility.check(aid("2025-03-25T05:59:59Z"))).isEqualTo(new Allowed(march.ref()));
        NotAllowed after = (NotAllowed) eligibility.check(aid("2025-03-25T06:00:00Z"));
        assertThat(after.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(ReasonCode.SUSPENDED);
            assertThat(reason.detail()).endsWith("the road is closed by snow");
        });
    }
}

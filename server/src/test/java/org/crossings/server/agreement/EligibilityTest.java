package org.crossings.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crossings.server.agreement.Crosser.Consignment;
import org.crossings.server.agreement.Crosser.Traveller;
import org.crossings.server.agreement.EligibilityOutcome.Allowed;
import org.crossings.server.agreement.EligibilityOutcome.NotAllowed;
import org.crossings.server.party.CountryCode;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.place.RouteId;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final DemoWorld WORLD = DemoWorld.load();
    private static final CrossingPointId MARGARA_ALICAN = CrossingPointId.of("MARGARA-ALICAN");
    private static final Direction ARM_TO_TUR = Direction.of("AM-MARGARA", "TR-ALICAN");
    private static final Instant SIGNED = Instant.parse("2025-03-15T00:00:00Z");
    private static final Consignment AID = new Consignment(GoodsCategory.of("humanitarian-aid"),
            List.of(HsCode.of("300490")), true, VehicleKind.TRUCK);

    private final Signatories signatories = new Signatories("ARM", "TUR", "AZE");

    private Agreement signed(String id) {
        Agreement proposed = Agreement.proposed(WORLD.proposal(AgreementId.of(id)));
        return signatories.signByAll(proposed, proposed.proposedAt().isAfter(SIGNED) ? proposed.proposedAt() : SIGNED);
    }

    private static CrossingRequest request(Crosser crosser, Direction direction, String at) {
        return new CrossingRequest(crosser, MARGARA_ALICAN, direction, Instant.parse(at));
    }

    private final Eligibility march = Eligibility.of(List.of(signed("ARM-TUR-2025-03-HUMANITARIAN")));

    @Test
    void daily_hours_are_exact_to_the_second_in_the_departure_posts_time_zone() {
        // Margara is in Asia/Yerevan, UTC+4 all year: 09:00-18:00 there is 05:00-14:00 UTC.
        assertThat(march.check(request(AID, ARM_TO_TUR, "2025-03-24T04:59:59Z"))).isInstanceOf(NotAllowed.class);
        assertThat(march.check(request(AID, ARM_TO_TUR, "2025-03-24T05:00:00Z"))).isInstanceOf(Allowed.class);
        assertThat(march.check(request(AID, ARM_TO_TUR, "2025-03-24T13:59:59Z"))).isInstanceOf(Allowed.class);
        assertThat(march.check(request(AID, ARM_TO_TUR, "2025-03-24T14:00:00Z")))
                .isEqualTo(notAllowed(ReasonCode.OUTSIDE_HOURS,
                        "open daily 09:00–18:00; it is 2025-03-24T18:00 at AM-MARGARA (Asia/Yerevan)"));
    }

    @Test
    void there_is_no_daylight_saving_shift_at_the_end_of_march_in_yerevan() {
        // Europe switches clocks on 30 March 2025; Yerevan (no DST since 2012) stays at UTC+4.
        assertThat(march.check(request(AID, ARM_TO_TUR, "2025-03-29T05:00:00Z"))).isInstanceOf(Allowed.class);
        assertThat(march.check(request(AID, ARM_TO_TUR, "2025-03-31T05:00:00Z"))).isInstanceOf(Allowed.class);
        assertThat(march.check(request(AID, ARM_TO_TUR, "2025-03-31T04:59:59Z"))).isInstanceOf(NotAllowed.class);
    }

    @Test
    void a_way_the_agreement_does_not_open_has_no_agreement() {
        assertThat(march.check(request(AID, ARM_TO_TUR.reversed(), "2025-03-24T08:00:00Z"))).isEqualTo(new NotAllowed(
                List.of(new Reason(null, ReasonCode.NO_AGREEMENT,
                        "no agreement opens MARGARA-ALICAN from TR-ALICAN to AM-MARGARA"))));
    }

    @Test
    void every_reason_of_an_agreement_is_given() {
        Consignment cars = new Consignment(GoodsCategory.of("vehicles"), List.of(HsCode.of("8703")), false,
                VehicleKind.CAR);
        NotAllowed outcome = (NotAllowed) march.check(request(cars, ARM_TO_TUR, "2025-04-01T08:00:00Z"));
        assertThat(outcome.reasons()).extracting(Reason::code).containsExactly(ReasonCode.AFTER_WINDOW,
                ReasonCode.CATEGORY_NOT_ALLOWED, ReasonCode.NOT_HUMANITARIAN, ReasonCode.VEHICLE_NOT_ALLOWED);
        Traveller tourist = new Traveller(CountryCode.of("DEU"), DocumentCode.of("P"));
        assertThat(march.check(request(tourist, ARM_TO_TUR, "2025-03-24T08:00:00Z")))
                .isEqualTo(notAllowed(ReasonCode.TRAVELLERS_NOT_ALLOWED, "it opens for goods only"));
    }

    @Test
    void a_transit_route_opens_at_midnight_in_the_departure_offices_time_zone() {
        Agreement transit = signed("SYUNIK-TRANSIT");
        Eligibility syunik = Eligibility.of(List.of(transit));
        CrossingRequest request = new CrossingRequest(new Consignment(GoodsCategory.of("general-cargo"),
                List.of(HsCode.of("1001")), false, VehicleKind.TRUCK), RouteId.of("SYUNIK"),
                Direction.of("AZ-AGHBAND", "AZ-ORDUBAD"), Instant.parse("2026-03-01T00:00:00Z"));
        // The route's window opens on 1 March 2026 in Baku (UTC+4): 2026-02-28T20:00Z.
        assertThat(syunik.check(request)).isEqualTo(new Allowed(transit.ref()));
        CrossingRequest early = new CrossingRequest(request.crosser(), request.passage(), request.direction(),
                Instant.parse("2026-02-28T19:59:59Z"));
        assertThat(((NotAllowed) syunik.check(early)).reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.BEFORE_WINDOW);
    }

    @Test
    void a_newer_version_replaces_the_old_one_from_the_instant_every_party_has_signed_it() {
        Agreement first = signed("ARM-TUR-2025-03-HUMANITARIAN");
        Agreement amended = Agreement.proposed(first.amend(first.terms(), PartyCode.of("ARM"), SIGNED));
        Instant lastSignature = Instant.parse("2025-03-24T08:00:00Z");
        amended = signatories.sign(signatories.sign(amended, "ARM", SIGNED), "TUR", lastSignature);
        Eligibility both = Eligibility.of(List.of(first, amended));
        assertThat(both.check(request(AID, ARM_TO_TUR, "2025-03-24T07:59:59Z"))).isEqualTo(new Allowed(first.ref()));
        assertThat(both.check(request(AID, ARM_TO_TUR, "2025-03-24T08:00:00Z"))).isEqualTo(new Allowed(amended.ref()));
    }

    @Test
    void thousands_of_agreements_on_other_ways_do_not_change_the_answer() {
        List<Agreement> many = new ArrayList<>();
        Agreement template = signed("ARM-TUR-2025-03-HUMANITARIAN");
        for (int i = 0; i < 2000; i++) {
            many.add(new Agreement(new AgreementRef(AgreementId.of("RAIL-" + i), 1), WORLD.proposal(
                    AgreementId.of("ARM-TUR-2022-THIRD-COUNTRY")).terms(), template.proposer(), template.proposedAt(),
                    template.signatures(), null));
        }
        many.add(template);
        assertThat(Eligibility.of(many).check(request(AID, ARM_TO_TUR, "2025-03-24T08:00:00Z")))
                .isEqualTo(new Allowed(template.ref()));
    }

    private NotAllowed notAllowed(ReasonCode code, String detail) {
        return new NotAllowed(List.of(new Reason(march.check(request(AID, ARM_TO_TUR, "2025-03-24T08:00:00Z"))
                instanceof Allowed allowed ? allowed.agreement() : null, code, detail)));
    }
}

package org.crossings.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.crossings.server.agreement.Crosser.Traveller;
import org.crossings.server.agreement.EligibilityOutcome.Allowed;
import org.crossings.server.agreement.EligibilityOutcome.NotAllowed;
import org.crossings.server.party.CountryCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.junit.jupiter.api.Test;

/** CONTEXT.md: the envoys' 1 July 2022 opening for third-country citizens, and its extension to diplomats. */
class ThirdCountryCitizensAtMargaraTest {

    private static final DemoWorld WORLD = DemoWorld.load();
    private static final Direction ARM_TO_TUR = Direction.of("AM-MARGARA", "TR-ALICAN");
    private static final Instant ARMENIA_SIGNS = Instant.parse("2022-07-01T12:00:00Z");
    private static final Instant TURKIYE_SIGNS = Instant.parse("2022-07-04T12:00:00Z");

    private final Signatories signatories = new Signatories("ARM", "TUR");

    private static CrossingRequest at(Instant instant, String nationality, String document) {
        return new CrossingRequest(new Traveller(CountryCode.of(nationality), DocumentCode.of(document)),
                CrossingPointId.of("MARGARA-ALICAN"), ARM_TO_TUR, instant);
    }

    private Agreement opening() {
        // Armenia proposes the opening on 1 July 2022 and signs it; Türkiye signs three days later.
        Agreement proposed = Agreement.proposed(WORLD.proposal(AgreementId.of("ARM-TUR-2022-THIRD-COUNTRY")));
        return signatories.sign(signatories.sign(proposed, "ARM", ARMENIA_SIGNS), "TUR", TURKIYE_SIGNS);
    }

    @Test
    void a_german_citizen_is_eligible_once_both_armenia_and_turkiye_have_signed_and_not_before() {
        Eligibility eligibility = Eligibility.of(List.of(opening()));
        // Before Türkiye signs, the opening is only Armenia's word.
        NotAllowed before = (NotAllowed) eligibility.check(at(TURKIYE_SIGNS.minusSeconds(1), "DEU", "P"));
        assertThat(before.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NOT_SIGNED);
        assertThat(before.reasons().getFirst().detail()).startsWith("not signed by [TUR]");
        // From Türkiye's signature on, the agreement allows it and is named.
        assertThat(eligibility.check(at(TURKIYE_SIGNS, "DEU", "P"))).isEqualTo(new Allowed(
                new AgreementRef(AgreementId.of("ARM-TUR-2022-THIRD-COUNTRY"), 1)));
    }

    @Test
    void an_armenian_or_turkish_citizen_is_not_eligible_because_they_are_citizens_of_a_party() {
        Eligibility eligibility = Eligibility.of(List.of(opening()));
        for (String party : List.of("ARM", "TUR")) {
            NotAllowed outcome = (NotAllowed) eligibility.check(at(TURKIYE_SIGNS, party, "P"));
            assertThat(outcome.reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.code()).isEqualTo(ReasonCode.NATIONALITY_NOT_ALLOWED);
                assertThat(reason.detail()).isEqualTo("a citizen of " + party
                        + " is not among [not a citizen of any party] (parties: [ARM, TUR])");
            });
        }
    }

    @Test
    void a_diplomatic_passport_holder_is_eligible_after_the_extension_and_not_before() {
        Agreement diplomatic = signatories.signByAll(Agreement.proposed(
                WORLD.proposal(AgreementId.of("ARM-TUR-2023-DIPLOMATIC"))), Instant.parse("2023-01-10T00:00:00Z"));
        Eligibility eligibility = Eligibility.of(List.of(opening(), diplomatic));
        // A Turkish diplomat: the 2022 opening refuses a party's citizen and a PD, the extension is not signed yet.
        NotAllowed before = (NotAllowed) eligibility.check(at(Instant.parse("2023-01-09T23:59:59Z"), "TUR", "PD"));
        assertThat(before.reasons()).extracting(Reason::code).containsExactly(ReasonCode.NATIONALITY_NOT_ALLOWED,
                ReasonCode.DOCUMENT_NOT_ALLOWED, ReasonCode.NOT_SIGNED);
        assertThat(eligibility.check(at(Instant.parse("2023-01-10T00:00:00Z"), "TUR", "PD")))
                .isEqualTo(new Allowed(diplomatic.ref()));
        // The extension does not open the border to Turkish citizens with an ordinary passport.
        assertThat(eligibility.check(at(Instant.parse("2023-01-10T00:00:00Z"), "TUR", "P")))
                .isInstanceOf(NotAllowed.class);
    }
}

package org.crossings.server.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crossings.server.agreement.AgreementEvent.AgreementProposed;
import org.crossings.server.agreement.AgreementEvent.AgreementSigned;
import org.crossings.server.agreement.AgreementEvent.AgreementSuspended;
import org.crossings.server.party.PartyCode;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final DemoWorld WORLD = DemoWorld.load();
    private static final AgreementId MARCH_2025 = AgreementId.of("ARM-TUR-2025-03-HUMANITARIAN");
    private static final Instant MAR_15 = Instant.parse("2025-03-15T10:00:00Z");
    private static final Instant MAR_16 = Instant.parse("2025-03-16T10:00:00Z");
    private static final Instant MAR_25 = Instant.parse("2025-03-25T10:00:00Z");

    private final Signatories signatories = new Signatories("ARM", "TUR", "AZE");
    private final Agreement proposed = Agreement.proposed(WORLD.proposal(MARCH_2025));

    @Test
    void an_agreement_is_not_in_force_until_every_party_has_signed() {
        Agreement signedByArmenia = signatories.sign(proposed, "ARM", MAR_15);
        assertThat(signedByArmenia.status(MAR_25)).isEqualTo(AgreementStatus.PROPOSED);
        assertThat(signedByArmenia.unsignedAt(MAR_25)).containsExactly(PartyCode.of("TUR"));
        Agreement signed = signatories.sign(signedByArmenia, "TUR", MAR_16);
        assertThat(signed.status(MAR_25)).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(signed.fullySignedAt()).contains(MAR_16);
    }

    @Test
    void a_signed_agreement_waits_for_its_window_and_expires_after_it() {
        Agreement signed = signatories.signByAll(proposed, MAR_15);
        assertThat(signed.status(MAR_16)).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.status(Instant.parse("2025-03-31T19:59:59Z"))).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(signed.status(Instant.parse("2025-03-31T20:00:00Z"))).isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void signatures_made_after_an_instant_do_not_count_at_that_instant() {
        Agreement signed = signatories.signByAll(proposed, MAR_25);
        assertThat(signed.status(MAR_25.minusSeconds(1))).isEqualTo(AgreementStatus.PROPOSED);
        assertThat(signed.status(MAR_25)).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void a_state_that_is_not_a_party_cannot_sign() {
        assertThatThrownBy(() -> proposed.sign(signatories.signature(proposed, "AZE", MAR_15), signatories.keys("AZE")))
                .isInstanceOf(AgreementRefused.class)
                .hasMessage("ARM-TUR-2025-03-HUMANITARIAN v1: AZE is not a party to it; its parties are [ARM, TUR]");
    }

    @Test
    void a_signature_with_another_partys_key_is_refused() {
        assertThatThrownBy(() -> proposed.sign(signatories.signature(proposed, "ARM", MAR_15), signatories.keys("TUR")))
                .hasMessageContaining("the keyring is of party TUR, not of the signer ARM");
    }

    @Test
    void a_signature_with_an_unknown_key_is_refused() {
        Signatories impostors = new Signatories("TUR");
        assertThatThrownBy(() -> proposed.sign(impostors.signature(proposed, "TUR", MAR_15), signatories.keys("TUR")))
                .hasMessageContaining("is refused: the party has no key with this key ID");
    }

    @Test
    void a_signature_over_different_terms_is_refused() {
        Agreement other = Agreement.proposed(WORLD.proposal(AgreementId.of("ARM-TUR-2023-02-HUMANITARIAN")));
        AgreementSignature overOther = signatories.signature(other, "TUR", MAR_15);
        assertThatThrownBy(() -> proposed.sign(overOther, signatories.keys("TUR")))
                .hasMessageContaining("is refused: the signature does not verify with the key over these bytes");
    }

    @Test
    void a_party_signs_once_and_not_before_the_proposal() {
        Agreement signed = signatories.sign(proposed, "ARM", MAR_15);
        assertThatThrownBy(() -> signatories.sign(signed, "ARM", MAR_16)).hasMessageContaining("ARM has already signed");
        assertThatThrownBy(() -> signatories.sign(proposed, "TUR", Instant.parse("2025-03-01T00:00:00Z")))
                .hasMessageContaining("is before the proposal at 2025-03-14T09:00:00Z");
    }

    @Test
    void only_a_party_the_terms_name_may_suspend_a_signed_agreement_and_must_give_a_reason() {
        assertThatThrownBy(() -> proposed.suspend(PartyCode.of("ARM"), "closed", MAR_15))
                .hasMessageContaining("not signed by every party");
        Agreement signed = signatories.signByAll(proposed, MAR_15);
        assertThatThrownBy(() -> signed.suspend(PartyCode.of("AZE"), "closed", MAR_25))
                .hasMessageContaining("AZE may not suspend it; its terms allow [ARM, TUR]");
        assertThatThrownBy(() -> signed.suspend(PartyCode.of("TUR"), " ", MAR_25)).hasMessageContaining("reason \" \"");
        Agreement suspended = signed.apply(signed.suspend(PartyCode.of("TUR"), "road damaged", MAR_25));
        assertThat(suspended.status(MAR_25)).isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(suspended.status(MAR_25.minusSeconds(1))).isEqualTo(AgreementStatus.IN_FORCE);
        assertThatThrownBy(() -> suspended.suspend(PartyCode.of("ARM"), "again", MAR_25))
                .hasMessageContaining("already suspended by TUR");
    }

    @Test
    void replaying_the_events_rebuilds_the_same_agreement() {
        List<AgreementEvent> log = new ArrayList<>();
        AgreementProposed proposal = WORLD.proposal(MARCH_2025);
        log.add(proposal);
        Agreement agreement = Agreement.proposed(proposal);
        for (String party : List.of("TUR", "ARM")) {
            AgreementSigned signed = agreement.sign(signatories.signature(agreement, party, MAR_15),
                    signatories.keys(party));
            log.add(signed);
            agreement = agreement.apply(signed);
        }
        AgreementSuspended suspended = agreement.suspend(PartyCode.of("ARM"), "aid delivered", MAR_25);
        log.add(suspended);
        agreement = agreement.apply(suspended);
        assertThat(Agreement.replay(log)).isEqualTo(agreement);
    }

    @Test
    void amending_proposes_the_next_version_which_is_signed_anew() {
        Agreement signed = signatories.signByAll(proposed, MAR_15);
        AgreementProposed amendment = signed.amend(signed.terms(), PartyCode.of("TUR"), MAR_15);
        Agreement second = Agreement.proposed(amendment);
        assertThat(second.ref()).isEqualTo(new AgreementRef(MARCH_2025, 2));
        assertThat(second.signedBytes()).isNotEqualTo(signed.signedBytes());
        AgreementSignature oldSignature = signed.signatures().get(PartyCode.of("ARM"));
        assertThatThrownBy(() -> second.sign(oldSignature, signatories.keys("ARM")))
                .hasMessageContaining("does not verify");
    }

    @Test
    void an_event_of_another_agreement_is_refused() {
        Agreement other = Agreement.proposed(WORLD.proposal(AgreementId.of("ARM-TUR-2023-02-HUMANITARIAN")));
        AgreementSigned signed = other.sign(signatories.signature(other, "ARM", MAR_15), signatories.keys("ARM"));
        assertThatThrownBy(() -> proposed.apply(signed)).hasMessageContaining("does not belong to this agreement");
    }
}

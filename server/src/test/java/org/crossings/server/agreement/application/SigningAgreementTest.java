package org.crossings.server.agreement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.AgreementRefused;
import org.crossings.server.agreement.AgreementStatus;
import org.crossings.server.agreement.Crosser;
import org.crossings.server.agreement.CrossingRequest;
import org.crossings.server.agreement.DocumentCode;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.agreement.TermsException;
import org.crossings.server.agreement.UnknownAgreement;
import org.crossings.server.party.CountryCode;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.tlog.storage.EmbeddedLogDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement use cases on the real journal: every decision is one signed entry, every refusal none. */
class SigningAgreementTest {

    private static final PartyCode ARM = PartyCode.of("ARM");
    private static final PartyCode TUR = PartyCode.of("TUR");
    private static final PartyCode AZE = PartyCode.of("AZE");
    private static final AgreementId ID = AgreementId.of("DEU-AT-MARGARA");
    private static final AgreementRef V1 = new AgreementRef(ID, 1);
    private static EmbeddedLogDatabase postgres;

    @TempDir
    Path keys;
    private AgreementNode node;

    @BeforeAll
    static void startPostgres() {
        postgres = new EmbeddedLogDatabase();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void startNode() {
        node = new AgreementNode(postgres, keys);
    }

    @AfterEach
    void stopNode() {
        node.close();
    }

    @Test
    void a_proposal_is_one_entry_signed_by_the_proposer_naming_the_parties_and_observers_as_recipients() {
        AgreementRef ref = node.proposing.propose(new ProposeAgreement(ARM, ID, SampleTerms.germansAtMargara()));

        assertThat(ref).isEqualTo(V1);
        assertThat(node.logSize()).isEqualTo(1);
        var envelope = node.envelope(0);
        assertThat(envelope.type().value()).isEqualTo("agreement.proposed");
        assertThat(envelope.actor()).isEqualTo(ARM.signatory());
        assertThat(envelope.recipients()).extracting(org.crossings.server.journal.Signatory::code).containsExactly("ARM", "EU", "TUR");
        assertThat(org.crossings.server.place.PlaceFacts.passage(envelope.facts())).contains(CrossingPointId.of("MARGARA-ALICAN"));
        assertThat(node.agreements.find(V1)).get().extracting(Agreement::proposer).isEqualTo(ARM);
    }

    @Test
    void an_agreement_signed_by_both_parties_is_in_force_and_allows_the_crossing_it_opens() {
        node.proposing.propose(new ProposeAgreement(ARM, ID, SampleTerms.germansAtMargara()));
        assertThat(node.checking.check(german())).isInstanceOf(EligibilityOutcome.NotAllowed.class);

        node.signing.signWithNodeKey(V1, ARM);
        assertThat(node.checking.check(german())).isInstanceOf(EligibilityOutcome.NotAllowed.class);
        Agreement signed = node.signing.signWithNodeKey(V1, TUR);

        assertThat(signed.status(Instant.now())).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(node.checking.check(german())).isEqualTo(new EligibilityOutcome.Allowed(V1));
        assertThat(node.logSize()).isEqualTo(3);
    }

    @Test
    void a_suspension_by_a_party_the_terms_name_ends_the_allowance_and_keeps_the_reason() {
        node.proposing.propose(new ProposeAgreement(ARM, ID, SampleTerms.germansAtMargara()));
        node.signing.signWithNodeKey(V1, ARM);
        node.signing.signWithNodeKey(V1, TUR);

        Agreement suspended = node.suspending.suspend(new SuspendAgreement(ID, TUR, "border closed for repairs"));

        assertThat(suspended.suspended()).get().satisfies(s -> {
            assertThat(s.by()).isEqualTo(TUR);
            assertThat(s.reason()).isEqualTo("border closed for repairs");
        });
        assertThat(node.checking.check(german())).isInstanceOf(EligibilityOutcome.NotAllowed.class);
    }

    @Test
    void refusals_leave_nothing_in_the_log() {
        node.proposing.propose(new ProposeAgreement(ARM, ID, SampleTerms.germansAtMargara()));
        long size = node.logSize();

        assertThatThrownBy(() -> node.proposing.propose(new ProposeAgreement(ARM, ID, SampleTerms.germansAtMargara())))
                .isInstanceOf(AgreementRefused.class).hasMessageContaining("already proposed");
        assertThatThrownBy(() -> node.proposing.propose(new ProposeAgreement(ARM, AgreementId.of("BAD-TERMS"),
                SampleTerms.badTerms())))
                .isInstanceOf(TermsException.class).hasMessageContaining("parties[1] \"XYZ\"")
                .hasMessageContaining("window.until");
        assertThatThrownBy(() -> node.proposing.propose(new ProposeAgreement(AZE, AgreementId.of("NOT-MINE"),
                SampleTerms.germansAtMargara())))
                .isInstanceOf(AgreementRefused.class).hasMessageContaining("proposer AZE");
        assertThatThrownBy(() -> node.signing.signWithNodeKey(V1, AZE))
                .isInstanceOf(AgreementRefused.class).hasMessageContaining("AZE is not a party");
        assertThatThrownBy(() -> node.signing.sign(new SignAgreement(V1, TUR, node.signers.key(ARM.signatory()).keyId(),
                node.signers.key(ARM.signatory()).sign(node.agreements.require(V1).signedBytes()))))
                .isInstanceOf(AgreementRefused.class).hasMessageContaining("signature of TUR");
        assertThatThrownBy(() -> node.suspending.suspend(new SuspendAgreement(ID, ARM, "not yet signed")))
                .isInstanceOf(AgreementRefused.class).hasMessageContaining("not signed by every party");
        assertThatThrownBy(() -> node.signing.signWithNodeKey(new AgreementRef(ID, 2), ARM))
                .isInstanceOf(UnknownAgreement.class).hasMessageContaining("no version 2");

        assertThat(node.logSize()).isEqualTo(size);
    }

    @Test
    void a_signature_over_other_bytes_is_refused() {
        node.proposing.propose(new ProposeAgreement(ARM, ID, SampleTerms.germansAtMargara()));
        byte[] otherBytes = "{\"agreement\":\"OTHER\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThatThrownBy(() -> node.signing.sign(new SignAgreement(V1, TUR, node.signers.key(TUR.signatory()).keyId(),
                node.signers.key(TUR.signatory()).sign(otherBytes))))
                .isInstanceOf(AgreementRefused.class).hasMessageContaining("does not verify");
        assertThat(node.logSize()).isEqualTo(1);
    }

    @Test
    void an_amendment_is_the_next_version_and_the_old_one_counts_until_both_parties_sign_it() {
        node.proposing.propose(new ProposeAgreement(ARM, ID, SampleTerms.germansAtMargara()));
        node.signing.signWithNodeKey(V1, ARM);
        node.signing.signWithNodeKey(V1, TUR);
        AgreementRef v2 = node.amending.amend(new AmendAgreement(TUR, ID,
                SampleTerms.germansAtMargara().replace("[\"PS\"]", "[\"PS\", \"PO\"]")));

        assertThat(v2).isEqualTo(new AgreementRef(ID, 2));
        assertThat(node.checking.check(german())).isEqualTo(new EligibilityOutcome.Allowed(V1));
        node.signing.signWithNodeKey(v2, ARM);
        node.signing.signWithNodeKey(v2, TUR);
        assertThat(node.checking.check(german())).isEqualTo(new EligibilityOutcome.Allowed(v2));
    }

    static CrossingRequest german() {
        return new CrossingRequest(new Crosser.Traveller(CountryCode.of("DEU"), DocumentCode.of("PS")),
                CrossingPointId.of("MARGARA-ALICAN"), Direction.of("AM-MARGARA", "TR-ALICAN"), Instant.now());
    }
}

package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.place.PostCode;
import org.crossings.server.value.Money;
import org.crossings.tlog.merkle.Hash;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The payloads of a case's entries, byte for byte as the log has held them since envelopes had parts: a logged entry is
 * forever, so these known answers must never change, and what they say must read back.
 */
class TravellerJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ZONE = "PDARMSARGSYAN<<ARAM<<<<<<<<<<<<<<<<<<<<<<<<<\n"
            + "AD12345677ARM6503019M3001156<<<<<<<<<<<<<<<4";
    private static final Hash SECRET = Hash.fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    private static final AgreementRef THIRD_COUNTRY = new AgreementRef(AgreementId.of("ARM-TUR-2022-THIRD-COUNTRY"), 1);

    private static TravellerCase.Traveller traveller(Optional<LocalDate> travelDate) {
        return new TravellerCase.Traveller(Mrz.parse(ZONE), Purpose.fromJson("tourism"), travelDate);
    }

    @Test
    void an_intake_is_written_in_three_parts_of_the_logs_shape() {
        CaseReference preregistered = CaseReference.random();
        IntakePayload intake = new IntakePayload(traveller(Optional.of(LocalDate.parse("2026-12-04"))),
                "operator-front-office", SECRET, Optional.of(preregistered),
                Optional.of(new FeeCollected(Money.ofStored("10.00", Currency.getInstance("USD")))));

        assertThat(TravellerJson.identity(intake.traveller()).toString())
                .isEqualTo("{\"mrz\":\"" + ZONE.replace("\n", "\\n") + "\"}");
        assertThat(TravellerJson.travelDocument(intake.traveller().document()).toString()).isEqualTo(
                "{\"documentCode\":\"PD\",\"issuer\":\"ARM\",\"documentNumber\":\"AD1234567\",\"dateOfExpiry\":\"300115\"}");
        assertThat(TravellerJson.intake(intake).toString()).isEqualTo("{\"purpose\":\"tourism\",\"travelDate\":"
                + "\"2026-12-04\",\"by\":\"operator-front-office\",\"secretHash\":\"" + SECRET.hex() + "\","
                + "\"preregistration\":\"" + preregistered.value() + "\",\"fee\":{\"amount\":\"10.00\","
                + "\"currency\":\"USD\"}}");
    }

    @Test
    void an_intake_without_a_pre_registration_or_a_fee_leaves_them_out() {
        IntakePayload intake = new IntakePayload(traveller(Optional.empty()), "arm-officer-margara", SECRET,
                Optional.empty(), Optional.empty());

        assertThat(TravellerJson.intake(intake).toString()).isEqualTo("{\"purpose\":\"tourism\","
                + "\"by\":\"arm-officer-margara\",\"secretHash\":\"" + SECRET.hex() + "\"}");
    }

    @Test
    void the_traveller_and_the_secret_hash_read_back_from_an_intakes_parts_merged() {
        JsonNode merged = JSON.readTree("{\"mrz\":\"" + ZONE.replace("\n", "\\n") + "\",\"documentCode\":\"PD\","
                + "\"purpose\":\"tourism\",\"travelDate\":\"2026-12-04\",\"by\":\"operator-front-office\","
                + "\"secretHash\":\"" + SECRET.hex() + "\"}");

        assertThat(TravellerJson.readTraveller(merged)).contains(traveller(Optional.of(LocalDate.parse("2026-12-04"))));
        assertThat(TravellerJson.readSecretHash(merged)).contains(SECRET);
    }

    @Test
    void an_old_logs_pre_registration_reads_as_a_traveller_without_a_secret() {
        JsonNode old = JSON.readTree("{\"mrz\":\"" + ZONE.replace("\n", "\\n") + "\",\"purpose\":\"tourism\","
                + "\"travelDate\":\"2026-12-04\",\"by\":\"the traveller\",\"submission\":\"" + "00".repeat(32) + "\"}");

        assertThat(TravellerJson.readTraveller(old)).isPresent();
        assertThat(TravellerJson.readSecretHash(old)).isEmpty();
    }

    @Test
    void a_payload_without_the_identity_part_holds_no_traveller_and_an_unreadable_one_is_kept_without_it() {
        assertThat(TravellerJson.readableTraveller(JSON.readTree("{\"documentCode\":\"PD\"}"))).isEmpty();
        assertThat(TravellerJson.readableTraveller(JSON.readTree("{\"mrz\":\"P<NOT A ZONE\",\"purpose\":\"x\"}")))
                .isEmpty();
        assertThat(TravellerJson.readSecretHash(JSON.readTree("{\"secretHash\":\"not hex\"}"))).isEmpty();
    }

    @Test
    void a_decision_to_let_through_names_the_agreement_and_reads_back() {
        DecisionPayload allowed = new DecisionPayload(Step.EXIT, PostCode.of("AM-MARGARA"), "arm-officer-margara",
                new Decision.Allowed(THIRD_COUNTRY));
        String written = "{\"step\":\"exit\",\"post\":\"AM-MARGARA\",\"by\":\"arm-officer-margara\","
                + "\"outcome\":\"allowed\",\"agreement\":\"ARM-TUR-2022-THIRD-COUNTRY v1\"}";

        assertThat(TravellerJson.decision(allowed).toString()).isEqualTo(written);
        assertThat(TravellerJson.readDecision(JSON.readTree(written))).isEqualTo(allowed);
    }

    @Test
    void a_refusal_gives_its_reason_in_code_and_words_and_reads_back() {
        DecisionPayload refused = new DecisionPayload(Step.ENTRY, PostCode.of("TR-ALICAN"), "tur-officer-alican",
                new Decision.Refused(RefusalReasons.require(Step.ENTRY, "C")));
        String written = "{\"step\":\"entry\",\"post\":\"TR-ALICAN\",\"by\":\"tur-officer-alican\","
                + "\"outcome\":\"refused\",\"reason\":{\"code\":\"C\",\"text\":\"has no valid visa or residence"
                + " permit\"}}";

        assertThat(TravellerJson.decision(refused).toString()).isEqualTo(written);
        assertThat(TravellerJson.readDecision(JSON.readTree(written))).isEqualTo(refused);
    }

    @Test
    void a_decision_payload_missing_a_member_is_refused_naming_it() {
        assertThatThrownBy(() -> TravellerJson.readDecision(JSON.readTree("{\"step\":\"exit\",\"outcome\":\"allowed\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"agreement\"");
    }
}

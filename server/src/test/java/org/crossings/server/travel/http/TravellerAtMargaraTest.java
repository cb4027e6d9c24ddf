package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.travel.http.TravelApi.ANONYMOUS;
import static org.crossings.server.travel.http.TravelApi.json;
import static org.crossings.server.travel.http.TravelApi.quoted;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.SignatureCheck;
import org.crossings.server.travel.Passports;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.storage.LogStorage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * CONTEXT.md: since 1 July 2022 third-country citizens may cross the Armenia–Türkiye land border at Margara–Alican.
 * A French traveller pre-registers (kept apart from the log until intake), Armenia's officers at Margara take her in and let her leave, Türkiye's officers at
 * Alican admit her; neither the operator nor Türkiye can decide Armenia's step, nor anyone a step twice or early.
 */
class TravellerAtMargaraTest {

    static final String MARGARA_TO_ALICAN = "{\"from\": \"AM-MARGARA\", \"to\": \"TR-ALICAN\"}";
    static final String ARM_OFFICER = "arm-officer-margara";
    static final String TUR_OFFICER = "tur-officer-alican";

    private final TravelApi api = new TravelApi();

    @Test
    void a_french_traveller_crosses_from_margara_to_alican_and_leaves_with_a_receipt() {
        String mrz = Passports.ordinary("FRA", "MARTIN", "CLAIRE");
        String preregistration = """
                {"mrz": %s, "purpose": "tourism", "crossingPoint": "MARGARA-ALICAN", "direction": %s,
                 "travelDate": "%s"}""".formatted(quoted(mrz), MARGARA_TO_ALICAN, LocalDate.now(ZoneOffset.UTC)
                .plusDays(1));

        // She pre-registers from home, without signing in, and gets a reference and a secret; nothing enters the log.
        long logSize = api.server.bean(LogWriter.class).size();
        var first = api.post(ANONYMOUS, "/api/preregistrations", preregistration);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String reference = json(first).path("reference").asString();
        String secret = json(first).path("secret").asString();
        assertThat(json(first).path("eligibility").path("agreement").asString()).isEqualTo("ARM-TUR-2022-THIRD-COUNTRY");
        assertThat(api.server.bean(LogWriter.class).size()).isEqualTo(logSize);

        // At Margara, Armenia's officer (Armenia runs its own front office here) takes her in from the pre-registration.
        var intake = api.post(ARM_OFFICER, "/api/intake", "{\"preregistration\": \"" + reference + "\", \"mrz\": "
                + quoted(mrz) + "}");
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        assertThat(json(intake).path("status").asString()).isEqualTo("awaiting-exit");
        assertThat(json(intake).path("travellerCase").path("allowedBy").asString())
                .isEqualTo("ARM-TUR-2022-THIRD-COUNTRY v1");

        // She is in Margara's queue, with her name for Armenia's officer.
        JsonNode queued = inQueue("AM-MARGARA", ARM_OFFICER, reference);
        assertThat(queued.path("step").asString()).isEqualTo("exit");
        assertThat(queued.path("traveller").path("surname").asString()).isEqualTo("MARTIN");
        assertThat(queued.path("waitedSeconds").asLong()).isNotNegative();

        // Neither the operator nor Türkiye can take Armenia's exit decision; Türkiye cannot admit her before it.
        assertThat(decide("operator-front-office", reference, "exit", "allowed").statusCode()).isEqualTo(403);
        var turkeyAtExit = decide(TUR_OFFICER, reference, "exit", "allowed");
        assertThat(turkeyAtExit.statusCode()).isEqualTo(403);
        assertThat(json(turkeyAtExit).path("detail").asString()).contains("cannot decide for another state");
        assertThat(decide(TUR_OFFICER, reference, "entry", "admitted").statusCode()).isEqualTo(409);

        // Armenia lets her leave; the same decision again is a conflict.
        var exit = decide(ARM_OFFICER, reference, "exit", "allowed");
        assertThat(exit.statusCode()).as(exit.body()).isEqualTo(201);
        assertThat(json(exit).path("status").asString()).isEqualTo("awaiting-entry");
        assertThat(decide(ARM_OFFICER, reference, "exit", "allowed").statusCode()).isEqualTo(409);
        assertThat(queue("AM-MARGARA", ARM_OFFICER).valueStream()
                .map(c -> c.path("reference").asString())).doesNotContain(reference);

        // Türkiye admits her at Alican.
        inQueue("TR-ALICAN", TUR_OFFICER, reference);
        var entry = decide(TUR_OFFICER, reference, "entry", "admitted");
        assertThat(entry.statusCode()).as(entry.body()).isEqualTo(201);
        JsonNode admitted = json(entry);
        assertThat(admitted.path("status").asString()).isEqualTo("admitted");
        assertThat(admitted.path("checks").valueStream().map(c -> c.path("passed").asBoolean())).containsOnly(true);
        assertThat(decide(TUR_OFFICER, reference, "entry", "admitted").statusCode()).isEqualTo(409);

        // Each decision is signed by its state's key and names the agreement that allowed the crossing.
        List<JsonNode> entries = admitted.path("entries").valueStream().toList();
        // The intake is the case's first entry: the pre-registration never was one.
        assertThat(entries).extracting(e -> e.path("type").asString()).containsExactly("traveller.taken-in",
                "traveller.exit-allowed", "traveller.admitted");
        assertSignedBy(entries.get(1).path("index").asLong(), "ARM");
        assertSignedBy(entries.get(2).path("index").asLong(), "TUR");

        // Her receipt, with her reference and her secret: one tlog-proof per entry, against the signed checkpoint.
        var receipt = api.get(ANONYMOUS, "/api/cases/" + reference + "/receipt?secret=" + secret);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body().split("c2sp.org/tlog-proof@v1\n", -1)).hasSize(4);
        long exitIndex = entries.get(1).path("index").asLong();
        var single = api.get(ANONYMOUS, "/api/cases/" + reference + "/receipts/" + exitIndex + "?secret=" + secret);
        assertThat(single.statusCode()).isEqualTo(200);
        assertThat(org.crossings.tlog.proof.Receipt.parse(single.body()).index()).isEqualTo(exitIndex);
        assertThat(api.get(ANONYMOUS, "/api/cases/" + reference + "/receipts/0?secret=" + secret).statusCode())
                .isEqualTo(400);
        var page = api.get(ANONYMOUS, "/cases/" + reference + "/receipt?secret=" + secret);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(reference, "Admitted", "Exit allowed", "crossings verify-receipt")
                .doesNotContain("MARTIN");
    }

    @Test
    void a_preregistration_is_taken_in_only_with_the_document_it_was_made_with() {
        String mrz = Passports.ordinary("ESP", "GARCIA", "LUCIA");
        var preregistered = api.post(ANONYMOUS, "/api/preregistrations", """
                {"mrz": %s, "purpose": "family", "crossingPoint": "MARGARA-ALICAN", "direction": %s,
                 "travelDate": "%s"}""".formatted(quoted(mrz), MARGARA_TO_ALICAN, LocalDate.now(ZoneOffset.UTC)
                .plusDays(2)));
        assertThat(preregistered.statusCode()).as(preregistered.body()).isEqualTo(201);
        String reference = json(preregistered).path("reference").asString();
        long before = api.server.bean(LogWriter.class).size();

        var notTheFrontOffice = api.post(TUR_OFFICER, "/api/intake", "{\"preregistration\": \"" + reference
                + "\", \"mrz\": " + quoted(Passports.ordinary("ESP", "GARCIA", "LUCIA")) + "}");
        assertThat(notTheFrontOffice.statusCode()).as("who asks is checked before the document").isEqualTo(403);
        var other = api.post(ARM_OFFICER, "/api/intake", "{\"preregistration\": \"" + reference + "\", \"mrz\": "
                + quoted(Passports.ordinary("ESP", "GARCIA", "LUCIA")) + "}");

        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(json(other).path("detail").asString()).startsWith("mrz: the document presented is not the one");
        assertThat(api.server.bean(LogWriter.class).size()).isEqualTo(before);
        var unknown = api.post(ARM_OFFICER, "/api/intake", "{\"preregistration\": \"K7QM2XD4HRG\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        var past = api.post(ANONYMOUS, "/api/preregistrations", """
                {"mrz": %s, "purpose": "family", "crossingPoint": "MARGARA-ALICAN", "direction": %s,
                 "travelDate": "2020-01-01"}""".formatted(quoted(mrz), MARGARA_TO_ALICAN));
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(json(past).path("detail").asString()).contains("travelDate \"2020-01-01\"");
    }

    @Test
    void a_turkish_citizen_is_told_on_the_spot_why_not_and_the_refusal_is_recorded() {
        String mrz = Passports.ordinary("TUR", "YILMAZ", "AHMET");

        var intake = api.post(ARM_OFFICER, "/api/intake", """
                {"mrz": %s, "purpose": "family", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(quoted(mrz), MARGARA_TO_ALICAN));

        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        JsonNode answer = json(intake);
        assertThat(answer.path("status").asString()).isEqualTo("not-eligible");
        assertThat(answer.path("eligibility").path("allowed").asBoolean()).isFalse();
        assertThat(answer.path("eligibility").path("reasons").valueStream().map(r -> r.path("code").asString()))
                .contains("NATIONALITY_NOT_ALLOWED");
        JsonNode recorded = answer.path("travellerCase").path("entries").get(0);
        assertThat(recorded.path("type").asString()).isEqualTo("traveller.not-eligible");
        assertThat(recorded.path("reason").asString()).isNotBlank();
        assertThat(decide(ARM_OFFICER, answer.path("reference").asString(), "exit", "allowed").statusCode())
                .isEqualTo(409);
    }

    @Test
    void an_entry_refusal_gives_a_published_reason_and_a_wrong_code_names_the_field() {
        String reference = takenIn(Passports.diplomatic("USA", "SMITH", "JOHN"));
        assertThat(decide(ARM_OFFICER, reference, "exit", "allowed").statusCode()).isEqualTo(201);

        var unknownCode = api.post(TUR_OFFICER, "/api/cases/" + reference + "/decisions",
                "{\"step\": \"entry\", \"outcome\": \"refused\", \"reason\": \"X1\"}");
        assertThat(unknownCode.statusCode()).isEqualTo(400);
        assertThat(json(unknownCode).path("detail").asString()).contains("reason \"X1\"");

        var refused = api.post(TUR_OFFICER, "/api/cases/" + reference + "/decisions",
                "{\"step\": \"entry\", \"outcome\": \"refused\", \"reason\": \"E\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(201);
        assertThat(json(refused).path("status").asString()).isEqualTo("entry-refused");
        assertThat(json(refused).path("entries").get(2).path("reason").asString()).isEqualTo("E");
    }

    @Test
    void a_wrong_check_digit_is_refused_naming_line_column_and_field_and_records_nothing() {
        String mrz = Passports.ordinary("FRA", "DURAND", "PAUL");
        char wrong = mrz.charAt(mrz.indexOf('\n') + 10) == '0' ? '1' : '0';
        String corrupted = mrz.substring(0, mrz.indexOf('\n') + 10) + wrong + mrz.substring(mrz.indexOf('\n') + 11);
        long before = api.server.bean(LogWriter.class).size();

        var intake = api.post(ARM_OFFICER, "/api/intake", """
                {"mrz": %s, "purpose": "family", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(quoted(corrupted), MARGARA_TO_ALICAN));

        assertThat(intake.statusCode()).isEqualTo(400);
        JsonNode problem = json(intake);
        assertThat(problem.path("line").asInt()).isEqualTo(2);
        assertThat(problem.path("column").asInt()).isEqualTo(10);
        assertThat(problem.path("field").asString()).isEqualTo("documentNumber");
        assertThat(api.server.bean(LogWriter.class).size()).isEqualTo(before);
    }

    @Test
    void intake_is_for_the_front_office_of_the_crossing_and_an_unknown_crossing_is_named() {
        String body = """
                {"mrz": %s, "purpose": "business", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(quoted(Passports.ordinary("DEU", "BAUER", "EVA")), MARGARA_TO_ALICAN);
        assertThat(api.post(TUR_OFFICER, "/api/intake", body).statusCode()).isEqualTo(403);
        assertThat(api.post("operator-front-office", "/api/intake", body).statusCode()).isEqualTo(403);
        assertThat(api.post("eu-observer", "/api/intake", body).statusCode()).isEqualTo(403);

        var unknown = api.post(ARM_OFFICER, "/api/intake", body.replace("MARGARA-ALICAN", "MARGARA-KARS"));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("detail").asString()).contains("crossingPoint \"MARGARA-KARS\"");
    }

    String takenIn(String mrz) {
        var intake = api.post(ARM_OFFICER, "/api/intake", """
                {"mrz": %s, "purpose": "official", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(quoted(mrz), MARGARA_TO_ALICAN));
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        return json(intake).path("reference").asString();
    }

    java.net.http.HttpResponse<String> decide(String officer, String reference, String step, String outcome) {
        return api.post(officer, "/api/cases/" + reference + "/decisions",
                "{\"step\": \"" + step + "\", \"outcome\": \"" + outcome + "\"}");
    }

    private JsonNode queue(String post, String officer) {
        var response = api.get(officer, "/api/posts/" + post + "/queue?limit=500");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private JsonNode inQueue(String post, String officer, String reference) {
        return queue(post, officer).valueStream().filter(c -> c.path("reference").asString().equals(reference))
                .findFirst().orElseThrow(() -> new AssertionError(reference + " is not in the queue of " + post));
    }

    private void assertSignedBy(long index, String party) {
        Envelope envelope = EnvelopeJson.parse(api.server.bean(LogStorage.class).entries(index, 1).getFirst());
        assertThat(envelope.actor().code()).isEqualTo(party);
        assertThat(envelope.text(org.crossings.server.journal.EnvelopeFormat.ALLOWED_BY)).contains("ARM-TUR-2022-THIRD-COUNTRY v1");
        var keys = api.server.bean(Keyrings.class).keys(org.crossings.server.party.PartyCode.of(envelope.actor())).orElseThrow();
        assertThat(keys.check(EnvelopeJson.signedBytes(envelope), envelope.key(), envelope.time(),
                envelope.signature())).isEqualTo(SignatureCheck.VALID);
    }
}

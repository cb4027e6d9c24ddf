package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.travel.http.TravelApi.ANONYMOUS;
import static org.crossings.server.travel.http.TravelApi.json;
import static org.crossings.server.travel.http.TravelApi.quoted;
import static org.crossings.server.travel.http.TravellerAtMargaraTest.ARM_OFFICER;
import static org.crossings.server.travel.http.TravellerAtMargaraTest.MARGARA_TO_ALICAN;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.crossings.server.ParallelClients;
import org.crossings.server.travel.Passports;
import org.crossings.tlog.log.LogWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The rules of intake at Margara, over HTTP: who is the front office, what is refused before anything is recorded,
 * and what is taken in once however often it is sent.
 */
class IntakeRulesTest {

    private final TravelApi api = new TravelApi();

    @Test
    void a_desk_form_sent_twice_takes_the_traveller_in_once() {
        var desk = api.get(ARM_OFFICER, "/desk");
        assertThat(desk.statusCode()).isEqualTo(200);
        String token = desk.body().replaceAll("(?s).*name=\"submission\" value=\"([^\"]+)\".*", "$1");
        var form = java.util.Map.of("mrz", Passports.ordinary("AUT", "GRUBER", "LENA"), "purpose", "tourism",
                "way", "MARGARA-ALICAN|AM-MARGARA|TR-ALICAN", "submission", token);

        var first = api.postForm(ARM_OFFICER, "/desk/intake", form);
        var again = api.postForm(ARM_OFFICER, "/desk/intake", form);

        assertThat(first.statusCode()).isEqualTo(200);
        String reference = first.body().replaceAll("(?s).*Taken in: case ([A-Z0-9]{11}).*", "$1");
        assertThat(reference).hasSize(11);
        assertThat(again.body()).contains("This form was sent already: case " + reference);
        assertThat(queue("AM-MARGARA", ARM_OFFICER).valueStream()
                .filter(c -> c.path("traveller").path("surname").asString().equals("GRUBER"))).hasSize(1);
    }

    @Test
    void the_same_preregistration_sent_eight_times_at_once_is_eight_alike_and_the_front_office_takes_in_one()
            throws Exception {
        String mrz = Passports.ordinary("PRT", "SILVA", "JOAO");
        String body = """
                {"mrz": %s, "purpose": "business", "crossingPoint": "MARGARA-ALICAN", "direction": %s,
                 "travelDate": "%s"}""".formatted(quoted(mrz), MARGARA_TO_ALICAN,
                LocalDate.now(ZoneOffset.UTC).plusDays(3));
        long before = api.server.bean(LogWriter.class).size();

        var answers = ParallelClients.atOnce(8, () -> api.post(ANONYMOUS, "/api/preregistrations", body));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201));
        assertThat(answers).extracting(answer -> json(answer).path("reference").asString()).doesNotHaveDuplicates();
        assertThat(api.server.bean(LogWriter.class).size()).as("nothing anonymous is in the log").isEqualTo(before);
        String reference = json(answers.get(5)).path("reference").asString();
        var intake = api.post(ARM_OFFICER, "/api/intake", "{\"preregistration\": \"" + reference + "\", \"mrz\": "
                + quoted(mrz) + "}");
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        assertThat(json(intake).path("travellerSecret").isNull()).as("she has her secret already").isTrue();
        assertThat(api.server.bean(LogWriter.class).size()).isEqualTo(before + 1);
    }

    @Test
    void a_stateless_traveller_is_not_a_citizen_of_any_party_and_may_cross() {
        String reference = takenIn(Passports.td3("P<", "D<<", "NOVAK", "ALEX", Passports.number(), "XXA", "900101",
                'X', "300101"));
        assertThat(decide(ARM_OFFICER, reference, "exit", "allowed").statusCode()).isEqualTo(201);
    }

    @Test
    void an_expired_document_or_a_fee_no_agreement_sets_is_refused_naming_the_field_and_records_nothing() {
        long before = api.server.bean(LogWriter.class).size();
        var expired = api.post(ARM_OFFICER, "/api/intake", """
                {"mrz": %s, "purpose": "tourism", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(quoted(Passports.td3("P<", "FRA", "ROUX", "ANNE", Passports.number(), "FRA", "800101", 'F',
                        "200101")), MARGARA_TO_ALICAN));
        assertThat(expired.statusCode()).isEqualTo(400);
        assertThat(json(expired).path("detail").asString()).contains("dateOfExpiry \"200101\"", "2020-01-01");
        var feeForNothing = api.post(ARM_OFFICER, "/api/intake", """
                {"mrz": %s, "purpose": "tourism", "crossingPoint": "MARGARA-ALICAN", "direction": %s,
                 "feeCollected": {"amount": "10.00", "currency": "EUR"}}"""
                .formatted(quoted(Passports.ordinary("FRA", "ROUX", "ANNE")), MARGARA_TO_ALICAN));
        assertThat(feeForNothing.statusCode()).isEqualTo(400);
        assertThat(json(feeForNothing).path("detail").asString()).startsWith("feeCollected \"10.00 EUR\": no fee is due");
        assertThat(api.server.bean(LogWriter.class).size()).isEqualTo(before);
    }

    @Test
    void one_party_alone_cannot_make_the_operator_the_front_office_of_a_crossing() {
        String id = "MARGARA-OPERATOR-" + System.nanoTime() % 1_000_000;
        var proposed = api.post("arm-signatory", "/api/agreements", """
                {"id": "%s", "proposer": "ARM", "terms": {"title": "The operator at Margara (proposed by ARM only)",
                 "parties": ["ARM", "TUR"], "crossingPoints": ["MARGARA-ALICAN"], "directions": [%s],
                 "travellers": {"nationalities": ["any"], "documents": ["P"]}, "window": {"from": "2024-01-01"},
                 "fees": [], "disclosure": [{"to": "OPERATOR", "data": ["traveller-identity", "travel-documents"]}],
                 "suspendableBy": ["ARM", "TUR"], "frontOffice": "OPERATOR"}}""".formatted(id, MARGARA_TO_ALICAN));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        assertThat(api.post("arm-signatory", "/api/agreements/" + id + "/versions/1/signatures",
                "{\"party\": \"ARM\", \"withNodeKey\": true}").statusCode()).isEqualTo(201);

        var operator = api.post("operator-front-office", "/api/intake", """
                {"mrz": %s, "purpose": "tourism", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(quoted(Passports.ordinary("ITA", "BIANCHI", "LUCA")), MARGARA_TO_ALICAN));

        assertThat(operator.statusCode()).as("Türkiye has not signed").isEqualTo(403);
    }

    @Test
    void on_a_route_whose_agreement_names_an_operator_only_the_operators_front_office_takes_travellers_in() {
        String body = """
                {"mrz": %s, "purpose": "family", "route": "SYUNIK", "direction": {"from": "AZ-AGHBAND", "to": "AZ-ORDUBAD"},
                 "feeCollected": {"amount": "5.00", "currency": "USD"}}""".formatted(
                quoted(Passports.ordinary("AZE", "HASANOV", "ORKHAN")));
        long before = api.server.bean(LogWriter.class).size();

        var azerbaijanAtAghband = api.post("aze-officer-aghband", "/api/intake", body);
        var armeniaAtSyunikEast = api.post("arm-officer-syunik-east", "/api/intake", body);

        assertThat(azerbaijanAtAghband.statusCode()).as("the departure state's officer, at the post left")
                .isEqualTo(403);
        assertThat(json(azerbaijanAtAghband).path("detail").asString()).contains(
                "is by the front office of OPERATOR (named by agreement SYUNIK-TRANSIT v1)");
        assertThat(armeniaAtSyunikEast.statusCode()).isEqualTo(403);
        assertThat(api.server.bean(LogWriter.class).size()).isEqualTo(before);
        assertThat(api.get("aze-officer-aghband", "/desk").body()).as("the desk offers no way on the route")
                .doesNotContain("SYUNIK|");
        assertThat(api.get("operator-front-office", "/desk").body()).contains("SYUNIK|AZ-AGHBAND|AZ-ORDUBAD");
        var operator = api.post("operator-front-office", "/api/intake", body);
        assertThat(operator.statusCode()).as(operator.body()).isEqualTo(201);
    }

    private String takenIn(String mrz) {
        var intake = api.post(ARM_OFFICER, "/api/intake", """
                {"mrz": %s, "purpose": "official", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(quoted(mrz), MARGARA_TO_ALICAN));
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        return json(intake).path("reference").asString();
    }

    private java.net.http.HttpResponse<String> decide(String officer, String reference, String step,
            String outcome) {
        return api.post(officer, "/api/cases/" + reference + "/decisions",
                "{\"step\": \"" + step + "\", \"outcome\": \"" + outcome + "\"}");
    }

    private JsonNode queue(String post, String officer) {
        var response = api.get(officer, "/api/posts/" + post + "/queue?limit=500");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }
}

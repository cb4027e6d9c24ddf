package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.travel.http.TravelApi.json;
import static org.crossings.server.travel.http.TravelApi.quoted;

import java.util.concurrent.atomic.AtomicInteger;
import org.crossings.server.travel.Passports;
import org.crossings.tlog.log.LogWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The rail crossing Akhurik–Doğu Kapı opens for travellers with a fee of 10.00 EUR each: the front office must say it
 * collected that fee, or nothing is recorded. And the statistics count what happened.
 */
class TravelFeesAndStatisticsTest {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String AKHURIK_TO_DOGUKAPI = "{\"from\": \"AM-AKHURIK\", \"to\": \"TR-DOGUKAPI\"}";

    private final TravelApi api = new TravelApi();

    @Test
    void a_fee_the_agreement_sets_must_be_collected_exactly_and_an_unpaid_intake_records_nothing() {
        String id = openAkhurikWithAFee();
        String body = """
                {"mrz": %s, "purpose": "business", "crossingPoint": "AKHURIK-DOGUKAPI", "direction": %s%s}""";
        String mrz = Passports.ordinary("ITA", "ROSSI", "MARIO");
        long before = api.server.bean(LogWriter.class).size();

        var unpaid = api.post("arm-officer-akhurik", "/api/intake", body.formatted(quoted(mrz), AKHURIK_TO_DOGUKAPI,
                ""));
        assertThat(unpaid.statusCode()).as(unpaid.body()).isEqualTo(400);
        assertThat(json(unpaid).path("detail").asString()).startsWith("feeCollected").contains("10.00 EUR", id);
        var wrong = api.post("arm-officer-akhurik", "/api/intake", body.formatted(quoted(mrz), AKHURIK_TO_DOGUKAPI,
                ", \"feeCollected\": {\"amount\": \"10.00\", \"currency\": \"USD\"}"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).path("detail").asString()).contains("feeCollected \"10.00 USD\"");
        assertThat(api.server.bean(LogWriter.class).size()).isEqualTo(before);

        var paid = api.post("arm-officer-akhurik", "/api/intake", body.formatted(quoted(mrz), AKHURIK_TO_DOGUKAPI,
                ", \"feeCollected\": {\"amount\": \"10.0\", \"currency\": \"EUR\"}"));
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
        assertThat(json(paid).path("fee").path("amount").asString()).isEqualTo("10.00");
        assertThat(json(paid).path("travellerCase").path("allowedBy").asString()).isEqualTo(id + " v1");
    }

    @Test
    void statistics_count_the_crossings_of_the_day_and_their_refusals_by_reason() {
        JsonNode before = statistics();
        String admitted = takeIn(Passports.ordinary("NLD", "DEVRIES", "ANNA"));
        decide("arm-officer-akhurik", admitted, "{\"step\": \"exit\", \"outcome\": \"allowed\"}");
        decide("tur-officer-dogukapi", admitted, "{\"step\": \"entry\", \"outcome\": \"admitted\"}");
        String refused = takeIn(Passports.ordinary("NLD", "JANSEN", "PIET"));
        decide("arm-officer-akhurik", refused, "{\"step\": \"exit\", \"outcome\": \"refused\", \"reason\": \"X3\"}");

        JsonNode after = statistics();

        assertThat(count(after, "crossings", "admitted") - count(before, "crossings", "admitted")).isEqualTo(1);
        assertThat(count(after, "crossings", "exit-refused") - count(before, "crossings", "exit-refused"))
                .isEqualTo(1);
        assertThat(after.path("refusals").valueStream().filter(r -> r.path("reason").asString().equals("X3")
                && r.path("step").asString().equals("exit")).mapToLong(r -> r.path("count").asLong()).sum())
                .isEqualTo(after.path("refusals").valueStream().filter(r -> r.path("reason").asString().equals("X3"))
                        .mapToLong(r -> r.path("count").asLong()).sum()).isPositive();
        assertThat(after.path("waits").valueStream().filter(w -> w.path("passage").path("id").asString()
                .equals("AKHURIK-DOGUKAPI") && w.path("step").asString().equals("total")).findFirst())
                .hasValueSatisfying(w -> assertThat(w.path("count").asLong()).isPositive());
    }

    @Test
    void a_traveller_is_not_let_through_under_an_agreement_suspended_since_intake_but_may_be_refused() {
        String id = "DOGUKAPI-SUSPEND-" + System.nanoTime() % 1_000_000;
        String intoArmenia = "{\"from\": \"TR-DOGUKAPI\", \"to\": \"AM-AKHURIK\"}";
        agree(id, intoArmenia, "[]");
        var intake = api.post("tur-officer-dogukapi", "/api/intake", """
                {"mrz": %s, "purpose": "family", "crossingPoint": "AKHURIK-DOGUKAPI", "direction": %s}"""
                .formatted(quoted(Passports.ordinary("GRC", "PAPADOPOULOS", "ELENI")), intoArmenia));
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        String reference = json(intake).path("reference").asString();
        var suspended = api.post("arm-signatory", "/api/agreements/" + id + "/suspension",
                "{\"party\": \"ARM\", \"reason\": \"works on the line\"}");
        assertThat(suspended.statusCode()).as(suspended.body()).isIn(200, 201);

        var allowed = api.post("tur-officer-dogukapi", "/api/cases/" + reference + "/decisions",
                "{\"step\": \"exit\", \"outcome\": \"allowed\"}");
        assertThat(allowed.statusCode()).isEqualTo(409);
        assertThat(json(allowed).path("detail").asString()).contains(id + " v1", "suspended");
        decide("tur-officer-dogukapi", reference, "{\"step\": \"exit\", \"outcome\": \"refused\", \"reason\": \"X2\"}");
    }

    private String takeIn(String mrz) {
        openAkhurikWithAFee();
        var intake = api.post("arm-officer-akhurik", "/api/intake", """
                {"mrz": %s, "purpose": "family", "crossingPoint": "AKHURIK-DOGUKAPI", "direction": %s,
                 "feeCollected": {"amount": "10.00", "currency": "EUR"}}""".formatted(quoted(mrz),
                AKHURIK_TO_DOGUKAPI));
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        return json(intake).path("reference").asString();
    }

    private void decide(String officer, String reference, String body) {
        var decided = api.post(officer, "/api/cases/" + reference + "/decisions", body);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
    }

    private JsonNode statistics() {
        var response = api.get("eu-observer", "/api/statistics");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static long count(JsonNode statistics, String list, String outcome) {
        return statistics.path(list).valueStream().filter(c -> c.path("outcome").asString().equals(outcome)
                && c.path("passage").path("id").asString().equals("AKHURIK-DOGUKAPI"))
                .mapToLong(c -> c.path("count").asLong()).sum();
    }

    /** Proposes and signs, once per test run, an agreement opening Akhurik–Doğu Kapı to travellers for a fee. */
    private synchronized String openAkhurikWithAFee() {
        String id = "AKHURIK-FEE-TEST";
        if (api.get("arm-signatory", "/api/agreements/" + id).statusCode() != 200) {
            agree(id, AKHURIK_TO_DOGUKAPI, "[{\"per\": \"traveller\", \"amount\": \"10.00\", \"currency\": \"EUR\"}]");
            NEXT.incrementAndGet();
        }
        return id;
    }

    /** Armenia proposes an opening of Akhurik–Doğu Kapı for third-country travellers; both sign it. */
    private void agree(String id, String direction, String fees) {
        String terms = """
                {"title": "Travellers by rail at Akhurik-Dogu Kapi (test)", "parties": ["ARM", "TUR"],
                 "crossingPoints": ["AKHURIK-DOGUKAPI"], "directions": [%s],
                 "travellers": {"nationalities": ["not a citizen of any party"], "documents": ["P"]},
                 "window": {"from": "2024-01-01"}, "fees": %s,
                 "disclosure": [{"to": "ARM", "data": ["envelopes", "traveller-identity", "decisions", "statistics"]},
                                {"to": "TUR", "data": ["envelopes", "traveller-identity", "decisions", "statistics"]},
                                {"to": "EU", "data": ["statistics"]}],
                 "suspendableBy": ["ARM", "TUR"]}""".formatted(direction, fees);
        var proposed = api.post("arm-signatory", "/api/agreements", "{\"id\": \"" + id
                + "\", \"proposer\": \"ARM\", \"terms\": " + terms + "}");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        for (String party : new String[] {"ARM", "TUR"}) {
            var signed = api.post(party.toLowerCase() + "-signatory", "/api/agreements/" + id
                    + "/versions/1/signatures", "{\"party\": \"" + party + "\", \"withNodeKey\": true}");
            assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        }
    }
}

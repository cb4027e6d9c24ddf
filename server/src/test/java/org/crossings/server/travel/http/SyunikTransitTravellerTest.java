package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.travel.http.TravelApi.json;
import static org.crossings.server.travel.http.TravelApi.quoted;

import java.net.http.HttpResponse;
import org.crossings.server.travel.Passports;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * CONTEXT.md: on the Syunik route a neutral operator runs the front office and each state keeps its own decisions on
 * its own territory. A traveller from mainland Azerbaijan to Nakhchivan is taken in by the operator, who collects the
 * 5.00 USD fee; Azerbaijan lets him leave at Aghband, Armenia admits him in transit at Syunik east and lets him leave
 * at Syunik west, Azerbaijan admits him at Ordubad. The operator never decides; Armenia never decides Azerbaijan's
 * steps.
 */
class SyunikTransitTravellerTest {

    private static final String AGHBAND_TO_ORDUBAD = "{\"from\": \"AZ-AGHBAND\", \"to\": \"AZ-ORDUBAD\"}";

    private final TravelApi api = new TravelApi();

    @Test
    void the_operator_takes_in_and_each_state_decides_its_own_border_along_the_route() {
        String mrz = Passports.ordinary("AZE", "ALIYEV", "RASHAD");
        String body = """
                {"mrz": %s, "purpose": "family", "route": "SYUNIK", "direction": %s,
                 "feeCollected": {"amount": "5.00", "currency": "USD"}}""".formatted(quoted(mrz), AGHBAND_TO_ORDUBAD);

        // The operator's front office takes him in: allowed by the Syunik agreement, the fee collected.
        var intake = api.post("operator-front-office", "/api/intake", body);
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        String reference = json(intake).path("reference").asString();
        JsonNode taken = json(intake).path("travellerCase");
        assertThat(taken.path("allowedBy").asString()).isEqualTo("SYUNIK-TRANSIT v1");
        assertThat(taken.path("route").asString()).isEqualTo("SYUNIK");
        assertThat(taken.path("checks").valueStream().map(c -> c.path("post").asString() + " " + c.path("step")
                .asString())).containsExactly("AZ-AGHBAND exit", "AM-SYUNIK-EAST entry", "AM-SYUNIK-WEST exit",
                "AZ-ORDUBAD entry");
        assertThat(json(intake).path("fee").path("amount").asString()).isEqualTo("5.00");

        // The agreement names the operator for travel documents, not identities: it keeps the document's facts and not
        // whose they are, though it typed the zone in; Armenia and Azerbaijan, named for identities, see him.
        assertThat(taken.path("traveller").path("documentNumber").asString()).isNotBlank();
        assertThat(taken.path("traveller").path("surname").isNull()).isTrue();
        assertThat(api.get("operator-front-office", "/api/cases/" + reference).body()).doesNotContain("ALIYEV",
                "RASHAD");
        assertThat(json(api.get("arm-officer-syunik-east", "/api/cases/" + reference)).path("traveller")
                .path("surname").asString()).isEqualTo("ALIYEV");
        long intakeIndex = taken.path("entries").get(0).path("index").asLong();
        var owed = api.get("operator-front-office", "/api/entries/" + intakeIndex + "/payload");
        assertThat(owed.statusCode()).isEqualTo(200);
        assertThat(json(owed).path("parts").valueStream().map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrder("intake", "travel-document");
        assertThat(owed.body()).doesNotContain(java.util.Base64.getEncoder().encodeToString("ALIYEV".getBytes()));
        assertThat(json(api.get("aze-officer-aghband", "/api/entries/" + intakeIndex + "/payload")).path("parts")
                .valueStream().map(p -> p.path("name").asString()))
                .containsExactlyInAnyOrder("identity", "intake", "travel-document");

        // The operator cannot decide; Armenia cannot take Azerbaijan's exit at Aghband.
        assertThat(decide("operator-front-office", reference, "exit", "allowed").statusCode()).isEqualTo(403);
        assertThat(decide("arm-officer-syunik-east", reference, "exit", "allowed").statusCode()).isEqualTo(403);

        // Azerbaijan lets him leave at Aghband; Armenia admits him in transit at Syunik east.
        assertThat(decide("aze-officer-aghband", reference, "exit", "allowed").statusCode()).isEqualTo(201);
        var inArmenia = decide("arm-officer-syunik-east", reference, "entry", "admitted");
        assertThat(inArmenia.statusCode()).as(inArmenia.body()).isEqualTo(201);
        assertThat(json(inArmenia).path("status").asString()).isEqualTo("awaiting-exit");
        assertThat(json(inArmenia).path("waitingAt").asString()).isEqualTo("AM-SYUNIK-WEST");

        // Only Armenia's officers at Syunik west let him leave Armenia; then Azerbaijan admits him at Ordubad.
        assertThat(decide("arm-officer-syunik-east", reference, "exit", "allowed").statusCode()).isEqualTo(403);
        assertThat(decide("arm-officer-syunik-west", reference, "exit", "allowed").statusCode()).isEqualTo(201);
        assertThat(decide("aze-officer-aghband", reference, "entry", "admitted").statusCode()).isEqualTo(403);
        var home = decide("aze-officer-ordubad", reference, "entry", "admitted");
        assertThat(home.statusCode()).as(home.body()).isEqualTo(201);
        assertThat(json(home).path("status").asString()).isEqualTo("admitted");
        assertThat(json(home).path("entries").valueStream().map(e -> e.path("type").asString() + " "
                + e.path("actor").asString())).containsExactly("traveller.taken-in OPERATOR",
                "traveller.exit-allowed AZE", "traveller.admitted-in-transit ARM", "traveller.exit-allowed ARM",
                "traveller.admitted AZE");
        assertThat(decide("aze-officer-ordubad", reference, "entry", "admitted").statusCode()).isEqualTo(409);

        // Without the fee, the operator records nothing and says what is due.
        var unpaid = api.post("operator-front-office", "/api/intake", body.replace(
                ",\n \"feeCollected\": {\"amount\": \"5.00\", \"currency\": \"USD\"}", ""));
        assertThat(unpaid.statusCode()).as(unpaid.body()).isEqualTo(400);
        assertThat(json(unpaid).path("detail").asString()).contains("5.00 USD");
    }

    private HttpResponse<String> decide(String officer, String reference, String step, String outcome) {
        return api.post(officer, "/api/cases/" + reference + "/decisions",
                "{\"step\": \"" + step + "\", \"outcome\": \"" + outcome + "\"}");
    }
}

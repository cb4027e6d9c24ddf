package org.crossings.server.agreement.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.agreement.http.Api.json;

import java.net.http.HttpResponse;
import java.util.Base64;
import org.crossings.server.agreement.application.SampleTerms;
import org.crossings.server.journal.store.FilePartySigners;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every agreement route on the real server; every bad request is a problem naming the field, with nothing written. */
class AgreementRoutesTest {

    /** French official passports: the scenario tests use other travellers, so these agreements allow none of theirs. */
    private static final String TERMS = SampleTerms.forCitizensOf("FRA", "PO");
    private final Api api = new Api();

    @Test
    void a_proposal_is_created_and_read_back_as_the_latest_version_and_as_version_1() {
        String id = Api.uniqueId("PROPOSE");
        HttpResponse<String> created = api.propose(id, "ARM", TERMS);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains("/api/agreements/" + id + "/versions/1");
        JsonNode latest = json(api.get("/api/agreements/" + id));
        assertThat(latest.path("version").asInt()).isEqualTo(1);
        assertThat(latest.path("status").asString()).isEqualTo("proposed");
        assertThat(latest.path("proposer").asString()).isEqualTo("ARM");
        assertThat(latest.path("awaiting").toString()).isEqualTo("[\"ARM\",\"TUR\"]");
        assertThat(latest.path("terms").path("crossingPoints").get(0).asString()).isEqualTo("MARGARA-ALICAN");
        assertThat(json(api.get("/api/agreements/" + id + "/versions/1"))).isEqualTo(latest);
        assertThat(json(api.get("/api/agreements")).valueStream().map(a -> a.path("id").asString()))
                .contains(id);
    }

    @Test
    void a_signature_made_by_the_party_over_the_signed_bytes_is_taken_and_one_over_other_bytes_is_refused() {
        String id = Api.uniqueId("SIGN");
        api.propose(id, "ARM", TERMS);
        HttpResponse<byte[]> bytes = api.getBytes("/api/agreements/" + id + "/signed-bytes");
        assertThat(bytes.headers().firstValue("Agreement-Version")).contains("1");
        Ed25519NoteSigner tur = api.server.bean(FilePartySigners.class).key(PartyCode.of("TUR").signatory());
        long size = api.logSize();

        HttpResponse<String> wrong = signature(id, "TUR", tur, "other bytes".getBytes());
        assertThat(wrong.statusCode()).isEqualTo(409);
        assertThat(json(wrong).path("detail").asString()).contains("signature of TUR").contains("does not verify");
        assertThat(api.logSize()).isEqualTo(size);

        HttpResponse<String> byOtherParty = signature(id, "ARM", tur, bytes.body());
        assertThat(byOtherParty.statusCode()).isEqualTo(409);
        assertThat(json(byOtherParty).path("detail").asString()).contains("signature of ARM");
        assertThat(api.logSize()).isEqualTo(size);

        HttpResponse<String> right = signature(id, "TUR", tur, bytes.body());
        assertThat(right.statusCode()).isEqualTo(201);
        assertThat(json(right).path("signatures").get(0).path("party").asString()).isEqualTo("TUR");
        assertThat(json(right).path("awaiting").toString()).isEqualTo("[\"ARM\"]");
    }

    @Test
    void bad_terms_are_a_422_listing_every_field_and_nothing_is_written() {
        long size = api.logSize();

        HttpResponse<String> response = api.propose(Api.uniqueId("BAD"), "ARM", SampleTerms.badTerms());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
        JsonNode errors = json(response).path("errors");
        assertThat(errors.valueStream().map(e -> e.path("field").asString())).contains("parties[1]", "window.until");
        assertThat(errors.toString()).contains("XYZ").contains("is not a known party");
        assertThat(api.logSize()).isEqualTo(size);
    }

    @Test
    void requests_naming_nothing_known_or_missing_a_member_are_problems_naming_it() {
        String proposed = Api.uniqueId("BAD-KEY");
        api.propose(proposed, "ARM", TERMS);
        long size = api.logSize();

        assertThat(api.get("/api/agreements/NEVER-PROPOSED").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/agreements/NEVER-PROPOSED/signed-bytes").statusCode()).isEqualTo(404);
        HttpResponse<String> noTerms = api.post("/api/agreements", "{\"id\": \"X-1\", \"proposer\": \"ARM\"}");
        assertThat(noTerms.statusCode()).isEqualTo(400);
        assertThat(json(noTerms).path("detail").asString()).contains("terms");
        HttpResponse<String> badKey = api.post("/api/agreements/" + proposed + "/versions/1/signatures",
                "{\"party\": \"ARM\", \"keyId\": \"xyz\", \"signature\": \"AAAA\"}");
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(json(badKey).path("detail").asString()).contains("keyId");
        assertThat(api.logSize()).isEqualTo(size);
    }

    @Test
    void a_signed_agreement_is_suspended_once_by_a_party_its_terms_name_and_the_second_time_is_refused() {
        String id = Api.uniqueId("SUSPEND");
        api.propose(id, "TUR", TERMS);
        String suspension = "{\"party\": \"ARM\", \"reason\": \"road works\"}";
        assertThat(api.post("/api/agreements/" + id + "/suspension", suspension).statusCode()).isEqualTo(409);
        api.signWithNodeKey(id, 1, "ARM");
        api.signWithNodeKey(id, 1, "TUR");

        HttpResponse<String> suspended = api.post("/api/agreements/" + id + "/suspension", suspension);
        long size = api.logSize();

        assertThat(suspended.statusCode()).isEqualTo(200);
        assertThat(json(suspended).path("status").asString()).isEqualTo("suspended");
        assertThat(json(suspended).path("suspension").path("reason").asString()).isEqualTo("road works");
        assertThat(api.post("/api/agreements/" + id + "/suspension", suspension).statusCode()).isEqualTo(409);
        assertThat(api.logSize()).isEqualTo(size);
    }

    @Test
    void an_amendment_is_version_2_of_the_same_agreement() {
        String id = Api.uniqueId("AMEND");
        api.propose(id, "ARM", TERMS);

        HttpResponse<String> amended = api.post("/api/agreements/" + id + "/versions", "{\"party\": \"TUR\", "
                + "\"terms\": " + TERMS.replace("[\"PO\"]", "[\"PO\", \"PS\"]") + "}");

        assertThat(amended.statusCode()).isEqualTo(201);
        assertThat(json(amended).path("version").asInt()).isEqualTo(2);
        assertThat(json(amended).path("versions").toString()).isEqualTo("[1,2]");
        assertThat(json(api.get("/api/agreements/" + id)).path("version").asInt()).isEqualTo(2);
    }

    @Test
    void the_timeline_lists_each_step_of_an_agreement() {
        String id = Api.uniqueId("TIMELINE");
        api.propose(id, "ARM", TERMS);
        api.signWithNodeKey(id, 1, "ARM");
        api.signWithNodeKey(id, 1, "TUR");

        JsonNode entry = json(api.get("/api/timeline")).valueStream()
                .filter(e -> e.path("id").asString().equals(id)).findFirst().orElseThrow();

        assertThat(entry.path("status").asString()).isEqualTo("in-force");
        assertThat(entry.path("used").asLong()).isZero();
        assertThat(entry.path("steps").valueStream().map(s -> s.path("step").asString()))
                .containsExactly("proposed", "signed", "signed", "in-force");
    }

    private HttpResponse<String> signature(String id, String party, Ed25519NoteSigner key, byte[] message) {
        return api.post("/api/agreements/" + id + "/versions/1/signatures", "{\"party\": \"" + party
                + "\", \"keyId\": \"" + key.keyId().hex() + "\", \"signature\": \""
                + Base64.getEncoder().encodeToString(key.sign(message)) + "\"}");
    }

    @Test
    void no_one_acts_for_another_party_and_an_observer_or_the_operator_never_proposes() {
        long size = api.logSize();
        String body = "{\"id\": \"" + Api.uniqueId("NOT-YOURS") + "\", \"proposer\": \"TUR\", \"terms\": " + TERMS + "}";

        HttpResponse<String> forAnother = api.postAs("arm-signatory", "/api/agreements", body);
        HttpResponse<String> observer = api.postAs("eu-observer", "/api/agreements", body);
        HttpResponse<String> operator = api.postAs("operator-front-office", "/api/agreements", body);

        assertThat(forAnother.statusCode()).isEqualTo(403);
        assertThat(json(forAnother).path("detail").asString()).contains("proposer", "TUR", "ARM");
        assertThat(observer.statusCode()).isEqualTo(403);
        assertThat(operator.statusCode()).isEqualTo(403);
        assertThat(api.logSize()).isEqualTo(size);
    }
}

package org.crossings.server.agreement.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.agreement.http.Api.json;

import org.crossings.server.agreement.application.SampleTerms;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A German citizen on a service passport asks to cross at Margara into Türkiye. Nothing lets her until an agreement
 * that opens Margara for her is signed by Armenia and by Türkiye.
 */
class GermanCitizenAtMargaraTest {

    private final Api api = new Api();

    @Test
    void the_german_citizen_at_margara_is_eligible_once_arm_and_tur_have_both_signed_and_not_before() {
        String id = Api.uniqueId("DEU-MARGARA");
        String crossing = """
                {"traveller": {"nationality": "DEU", "document": "PS"},
                 "crossingPoint": "MARGARA-ALICAN",
                 "direction": {"from": "AM-MARGARA", "to": "TR-ALICAN"}}""";

        // Before any agreement for her: not allowed, with every reason.
        JsonNode before = json(api.post("/api/eligibility", crossing));
        assertThat(before.path("allowed").asBoolean()).isFalse();
        assertThat(before.path("reasons").size()).isPositive();

        // Armenia proposes and signs: still not allowed, the agreement is not signed by Türkiye.
        api.propose(id, "ARM", SampleTerms.germansAtMargara());
        api.signWithNodeKey(id, 1, "ARM");
        JsonNode halfSigned = json(api.post("/api/eligibility", crossing));
        assertThat(halfSigned.path("allowed").asBoolean()).isFalse();
        assertThat(halfSigned.path("reasons").valueStream()
                .filter(r -> r.path("agreement").asString().equals(id)).map(r -> r.path("code").asString()))
                .containsExactly("NOT_SIGNED");

        // Türkiye signs: allowed by this agreement, version 1.
        api.signWithNodeKey(id, 1, "TUR");
        JsonNode after = json(api.post("/api/eligibility", crossing));
        assertThat(after.path("allowed").asBoolean()).isTrue();
        assertThat(after.path("agreement").asString()).isEqualTo(id);
        assertThat(after.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_request_with_a_bad_member_is_a_problem_naming_it() {
        var response = api.post("/api/eligibility", """
                {"traveller": {"nationality": "XXX", "document": "PS"},
                 "crossingPoint": "MARGARA-ALICAN",
                 "direction": {"from": "AM-MARGARA", "to": "TR-ALICAN"}}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("detail").asString()).startsWith("traveller.nationality");
    }
}

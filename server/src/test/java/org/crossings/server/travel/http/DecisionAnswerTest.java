package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.travel.http.TravelApi.json;
import static org.crossings.server.travel.http.TravelApi.quoted;

import org.crossings.server.travel.Passports;
import org.junit.jupiter.api.Test;

/**
 * A decision answers with the case after it as the model computes it from the entry just recorded, without reading it
 * back: that answer must be, member for member, the case the read model then serves.
 */
class DecisionAnswerTest {

    private final TravelApi api = new TravelApi();

    @Test
    void the_case_a_decision_answers_with_is_the_case_the_read_model_serves_after_it() {
        var intake = api.post(TravellerAtMargaraTest.ARM_OFFICER, "/api/intake", """
                {"mrz": %s, "purpose": "business", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(quoted(Passports.ordinary("CAN", "GAGNON", "LUC")), TravellerAtMargaraTest.MARGARA_TO_ALICAN));
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        String reference = json(intake).path("reference").asString();

        for (String[] decision : new String[][] {{TravellerAtMargaraTest.ARM_OFFICER, "exit", "allowed"},
                {TravellerAtMargaraTest.TUR_OFFICER, "entry", "refused\", \"reason\": \"C"}}) {
            var decided = api.post(decision[0], "/api/cases/" + reference + "/decisions",
                    "{\"step\": \"" + decision[1] + "\", \"outcome\": \"" + decision[2] + "\"}");
            assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);

            var read = api.get(decision[0], "/api/cases/" + reference);
            assertThat(json(decided)).isEqualTo(json(read));
        }
        assertThat(json(api.get(TravellerAtMargaraTest.TUR_OFFICER, "/api/cases/" + reference)).path("status")
                .asString()).isEqualTo("entry-refused");
    }
}

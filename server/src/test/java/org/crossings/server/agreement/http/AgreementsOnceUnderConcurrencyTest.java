package org.crossings.server.agreement.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.crossings.server.ParallelClients;
import org.crossings.server.agreement.application.SampleTerms;
import org.junit.jupiter.api.Test;

/**
 * An agreement's once-rules hold under ten clients at the same instant: one proposal per id, one signature per party
 * and version, one suspension; the others are refused with a 409 problem and the log holds one entry.
 */
class AgreementsOnceUnderConcurrencyTest {

    private static final int CLIENTS = 10;
    private static final String TERMS = SampleTerms.forCitizensOf("ITA", "PO");

    private final Api api = new Api();

    @Test
    void ten_proposals_of_one_id_at_once_propose_it_once() throws Exception {
        String id = Api.uniqueId("ONCE-PROPOSED");
        long before = api.logSize();

        var answers = ParallelClients.atOnce(CLIENTS, () -> api.propose(id, "ARM", TERMS));

        assertOneDone(answers, 201);
        assertThat(api.logSize()).isEqualTo(before + 1);
    }

    @Test
    void ten_signatures_of_one_party_at_once_sign_once() throws Exception {
        String id = Api.uniqueId("ONCE-SIGNED");
        assertThat(api.propose(id, "ARM", TERMS).statusCode()).isEqualTo(201);
        long before = api.logSize();

        var answers = ParallelClients.atOnce(CLIENTS, () -> api.signWithNodeKey(id, 1, "TUR"));

        assertOneDone(answers, 201);
        assertThat(api.logSize()).isEqualTo(before + 1);
    }

    @Test
    void ten_suspensions_at_once_suspend_once() throws Exception {
        String id = Api.uniqueId("ONCE-SUSPENDED");
        api.propose(id, "TUR", TERMS);
        api.signWithNodeKey(id, 1, "ARM");
        api.signWithNodeKey(id, 1, "TUR");
        long before = api.logSize();

        var answers = ParallelClients.atOnce(CLIENTS, () -> api.post("/api/agreements/" + id + "/suspension",
                "{\"party\": \"ARM\", \"reason\": \"road works\"}"));

        assertOneDone(answers, 200);
        assertThat(api.logSize()).isEqualTo(before + 1);
    }

    private static void assertOneDone(List<HttpResponse<String>> answers, int done) {
        assertThat(answers).filteredOn(answer -> answer.statusCode() == done).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() != done).hasSize(CLIENTS - 1)
                .allSatisfy(refused -> {
                    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
                    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                });
    }
}

package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.travel.http.TravelApi.json;
import static org.crossings.server.travel.http.TravelApi.quoted;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.crossings.server.ParallelClients;
import org.crossings.server.travel.Passports;
import org.crossings.tlog.log.LogWriter;
import org.junit.jupiter.api.Test;

/**
 * A client that retries a write after a timeout, with the same {@code Idempotency-Key}, gets the first answer again
 * and the log holds one entry; the key with another request is refused; a key is its caller's own.
 */
class RetriedWritesTest {

    private final TravelApi api = new TravelApi();
    private final TravellerAtMargaraTest margara = new TravellerAtMargaraTest();

    @Test
    void a_retried_intake_gets_the_first_answer_again_and_the_log_one_entry() {
        String key = "\"" + UUID.randomUUID() + "\"";
        String body = intake(Passports.ordinary("DEU", "SCHMIDT", "JONAS"));
        long before = logSize();

        var first = api.post(TravellerAtMargaraTest.ARM_OFFICER, "/api/intake", body, "Idempotency-Key", key);
        var retry = api.post(TravellerAtMargaraTest.ARM_OFFICER, "/api/intake", body, "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(logSize()).isEqualTo(before + 1);
    }

    @Test
    void the_same_key_with_another_request_is_refused_and_records_nothing() {
        String key = UUID.randomUUID().toString();
        var first = api.post(TravellerAtMargaraTest.ARM_OFFICER, "/api/intake",
                intake(Passports.ordinary("DEU", "WEBER", "LENA")), "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        long before = logSize();

        var other = api.post(TravellerAtMargaraTest.ARM_OFFICER, "/api/intake",
                intake(Passports.ordinary("DEU", "WAGNER", "MIA")), "Idempotency-Key", key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(other).path("detail").asString()).contains(key);
        assertThat(logSize()).isEqualTo(before);
    }

    @Test
    void ten_retries_at_once_of_one_decision_record_it_once_and_each_gets_its_answer_or_a_conflict()
            throws Exception {
        String reference = margara.takenIn(Passports.ordinary("AUT", "HUBER", "FELIX"));
        String key = UUID.randomUUID().toString();
        long before = logSize();

        List<HttpResponse<String>> answers = ParallelClients.atOnce(10, () -> api.post(TravellerAtMargaraTest.ARM_OFFICER,
                "/api/cases/" + reference + "/decisions", "{\"step\": \"exit\", \"outcome\": \"allowed\"}",
                "Idempotency-Key", key));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409).contains(201);
        assertThat(answers).filteredOn(a -> a.statusCode() == 201).extracting(HttpResponse::body).as("one answer")
                .containsOnly(answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow().body());
        assertThat(logSize()).isEqualTo(before + 1);
    }

    @Test
    void a_key_is_its_callers_own_another_caller_with_it_is_answered_for_itself() {
        String key = UUID.randomUUID().toString();
        String body = intake(Passports.ordinary("BEL", "PEETERS", "EMMA"));
        var arm = api.post(TravellerAtMargaraTest.ARM_OFFICER, "/api/intake", body, "Idempotency-Key", key);
        assertThat(arm.statusCode()).isEqualTo(201);

        var tur = api.post(TravellerAtMargaraTest.TUR_OFFICER, "/api/intake", body, "Idempotency-Key", key);

        assertThat(tur.statusCode()).as("not ARM's answer replayed to TUR").isEqualTo(403);
        assertThat(tur.headers().firstValue("Idempotency-Replayed")).isEmpty();
    }

    @Test
    void a_malformed_key_is_a_problem_naming_the_header() {
        var bad = api.post(TravellerAtMargaraTest.ARM_OFFICER, "/api/intake", "{}", "Idempotency-Key", "\"\"");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).path("detail").asString()).startsWith("Idempotency-Key");
    }

    private static String intake(String mrz) {
        return """
                {"mrz": %s, "purpose": "official", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(quoted(mrz), TravellerAtMargaraTest.MARGARA_TO_ALICAN);
    }

    private long logSize() {
        return api.server.bean(LogWriter.class).size();
    }
}

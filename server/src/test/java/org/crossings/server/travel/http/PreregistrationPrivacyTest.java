package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.travel.http.TravelApi.ANONYMOUS;
import static org.crossings.server.travel.http.TravelApi.json;
import static org.crossings.server.travel.http.TravelApi.quoted;
import static org.crossings.server.travel.http.TravellerAtMargaraTest.ARM_OFFICER;
import static org.crossings.server.travel.http.TravellerAtMargaraTest.MARGARA_TO_ALICAN;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.Passports;
import org.crossings.server.travel.TravellerSecret;
import org.crossings.tlog.log.LogWriter;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The anonymous door tells a stranger nothing. Anyone may pre-register, so a pre-registration writes nothing to the
 * log; a stranger holding someone's passport zone who submits it again learns nothing from the answer (not whether
 * that trip exists, nor its reference or status); and a reference alone opens no receipt: the traveller's secret does,
 * or a signed-in officer's or front office's own right.
 */
class PreregistrationPrivacyTest {

    private final TravelApi api = new TravelApi();

    @Test
    void the_same_trip_submitted_twice_gets_two_answers_alike_but_for_a_fresh_reference_and_secret_and_no_log_entry() {
        String body = trip(Passports.ordinary("NOR", "HANSEN", "INGRID"), LocalDate.now(ZoneOffset.UTC).plusDays(5));
        long before = logSize();

        HttpResponse<String> first = api.post(ANONYMOUS, "/api/preregistrations", body);
        HttpResponse<String> again = api.post(ANONYMOUS, "/api/preregistrations", body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(reference(again)).isNotEqualTo(reference(first));
        assertThat(secret(again)).isNotEqualTo(secret(first));
        assertThat(withoutItsOwn(again, again.body())).isEqualTo(withoutItsOwn(first, first.body()));
        assertThat(headers(again)).isEqualTo(headers(first));
        assertThat(json(first).path("status").asString()).isEqualTo("preregistered");
        assertThat(logSize()).as("nothing anonymous is in the log").isEqualTo(before);
    }

    @Test
    void a_receipt_without_its_travellers_secret_is_answered_as_a_reference_no_case_has() {
        String mrz = Passports.ordinary("FIN", "VIRTANEN", "AINO");
        var kept = api.post(ANONYMOUS, "/api/preregistrations", trip(mrz, LocalDate.now(java.time.ZoneId.of("Asia/Yerevan"))));
        String reference = reference(kept);
        String secret = secret(kept);
        var intake = api.post(ARM_OFFICER, "/api/intake", "{\"preregistration\": \"" + reference + "\"}");
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        long index = json(intake).path("travellerCase").path("entries").get(0).path("index").asLong();
        String unknown = CaseReference.random().value();
        String wrong = TravellerSecret.random().value();

        for (String path : List.of("/api/cases/%s/receipt", "/cases/%s/receipt", "/api/cases/%s/receipts/" + index)) {
            var noSecret = api.get(ANONYMOUS, path.formatted(reference));
            var wrongSecret = api.get(ANONYMOUS, path.formatted(reference) + "?secret=" + wrong);
            var observer = api.get("eu-observer", path.formatted(reference));
            var noCase = api.get(ANONYMOUS, path.formatted(unknown) + "?secret=" + wrong);
            assertThat(List.of(noSecret, wrongSecret, observer, noCase)).as(path)
                    .allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(404));
            String told = noCase.body().replace(unknown, "REF");
            assertThat(List.of(noSecret, wrongSecret, observer)).as(path).allSatisfy(answer ->
                    assertThat(answer.body().replace(reference, "REF")).isEqualTo(told));

            assertThat(api.get(ANONYMOUS, path.formatted(reference) + "?secret=" + secret).statusCode()).as(path)
                    .isEqualTo(200);
            assertThat(api.get(ARM_OFFICER, path.formatted(reference)).statusCode()).as(path).isEqualTo(200);
            assertThat(api.get("operator-front-office", path.formatted(reference)).statusCode()).as(path)
                    .isEqualTo(200);
        }
        var malformed = api.get(ANONYMOUS, "/api/cases/" + reference + "/receipt?secret=0000");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).path("detail").asString()).startsWith("secret \"0000\"");
    }

    @Test
    void before_intake_the_traveller_with_her_secret_sees_her_preregistration_and_no_one_else_sees_it() {
        var kept = api.post(ANONYMOUS, "/api/preregistrations", trip(Passports.ordinary("EST", "TAMM", "KAI"),
                LocalDate.now(ZoneOffset.UTC).plusDays(1)));
        String reference = reference(kept);

        var page = api.get(ANONYMOUS, json(kept).path("receipt").asString());
        var receipt = api.get(ANONYMOUS, "/api/cases/" + reference + "/receipt?secret=" + secret(kept));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(reference, "pre-registered", "Nothing of it is in the log yet")
                .doesNotContain("TAMM");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(receipt.statusCode()).isEqualTo(404);
        assertThat(json(receipt).path("detail").asString()).contains("is pre-registered only");
        assertThat(api.get(ANONYMOUS, "/cases/" + reference + "/receipt").statusCode()).isEqualTo(404);
        assertThat(api.get(ARM_OFFICER, "/api/cases/" + reference).statusCode()).as("not a case of the log yet")
                .isEqualTo(404);
    }

    @Test
    void an_expired_document_or_a_day_out_of_range_is_not_eligible_naming_the_field_and_nothing_is_kept() {
        LocalDate inTenDays = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        String expiresFirst = inTenDays.minusDays(3).format(DateTimeFormatter.ofPattern("yyMMdd"));
        String mrz = Passports.td3("P<", "FRA", "ROUX", "ANNE", Passports.number(), "FRA", "800101", 'F',
                expiresFirst);
        long kept = preregistrationsKept();
        long before = logSize();

        var expired = api.post(ANONYMOUS, "/api/preregistrations", trip(mrz, inTenDays));
        var tooFar = api.post(ANONYMOUS, "/api/preregistrations", trip(Passports.ordinary("FRA", "ROUX", "ANNE"),
                LocalDate.now(ZoneOffset.UTC).plusYears(2)));

        assertThat(expired.statusCode()).as(expired.body()).isEqualTo(400);
        assertThat(expired.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(expired);
        assertThat(problem.path("field").asString()).isEqualTo("mrz");
        assertThat(problem.path("detail").asString()).contains("dateOfExpiry \"" + expiresFirst + "\"");
        assertThat(problem.path("eligibility").path("allowed").asBoolean(true)).isFalse();
        assertThat(problem.path("eligibility").path("reasons").get(0).path("code").asString())
                .isEqualTo("DOCUMENT_EXPIRED");
        assertThat(tooFar.statusCode()).isEqualTo(400);
        assertThat(json(tooFar).path("field").asString()).isEqualTo("travelDate");
        assertThat(json(tooFar).path("detail").asString()).contains("travelDate \""
                + LocalDate.now(ZoneOffset.UTC).plusYears(2) + "\" is too far ahead");
        assertThat(preregistrationsKept()).isEqualTo(kept);
        assertThat(logSize()).isEqualTo(before);
    }

    static String trip(String mrz, LocalDate day) {
        return """
                {"mrz": %s, "purpose": "tourism", "crossingPoint": "MARGARA-ALICAN", "direction": %s,
                 "travelDate": "%s"}""".formatted(quoted(mrz), MARGARA_TO_ALICAN, day);
    }

    private static String reference(HttpResponse<String> answer) {
        return json(answer).path("reference").asString();
    }

    private static String secret(HttpResponse<String> answer) {
        return json(answer).path("secret").asString();
    }

    /** The text of an answer with its own fresh reference and secret taken out. */
    private static String withoutItsOwn(HttpResponse<String> answer, String text) {
        return text.replace(reference(answer), "REFERENCE").replace(secret(answer), "SECRET");
    }

    /** Every header but the date, which may tick between two answers, with the answer's own reference taken out. */
    private static Map<String, List<String>> headers(HttpResponse<String> answer) {
        Map<String, List<String>> headers = new TreeMap<>();
        answer.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("date")) {
                headers.put(name.toLowerCase(java.util.Locale.ROOT), values.stream()
                        .map(value -> withoutItsOwn(answer, value)).toList());
            }
        });
        return headers;
    }

    private long logSize() {
        return api.server.bean(LogWriter.class).size();
    }

    private long preregistrationsKept() {
        return JdbcClient.create(api.server.bean(DataSource.class)).sql("SELECT count(*) FROM preregistrations")
                .query(Long.class).single();
    }
}

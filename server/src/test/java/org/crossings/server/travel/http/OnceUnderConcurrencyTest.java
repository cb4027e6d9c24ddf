package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.travel.http.TravelApi.ANONYMOUS;
import static org.crossings.server.travel.http.TravelApi.json;
import static org.crossings.server.travel.http.TravelApi.quoted;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.ParallelClients;
import org.crossings.server.travel.Passports;
import org.crossings.tlog.storage.LogStorage;
import org.junit.jupiter.api.Test;

/**
 * Every step of a case that may happen once happens once, also when ten clients ask at the same instant: one
 * answer says it was done, the others are refused with a 409 problem, and the log holds one entry.
 */
class OnceUnderConcurrencyTest {

    private static final int CLIENTS = 10;

    private final TravelApi api = new TravelApi();
    private final TravellerAtMargaraTest margara = new TravellerAtMargaraTest();

    @Test
    void ten_identical_exit_decisions_at_once_record_one_and_refuse_nine() throws Exception {
        String reference = margara.takenIn(Passports.ordinary("FRA", "BERNARD", "ANNE"));

        List<HttpResponse<String>> answers = ParallelClients.atOnce(CLIENTS,
                () -> margara.decide(TravellerAtMargaraTest.ARM_OFFICER, reference, "exit", "allowed"));

        assertOneDoneNineConflicts(answers, 201);
        assertThat(entriesOf(reference, "traveller.exit-allowed")).isEqualTo(1);
    }

    @Test
    void ten_intakes_of_one_preregistration_at_once_take_the_traveller_in_once() throws Exception {
        String mrz = Passports.ordinary("ITA", "ROSSI", "GIULIA");
        var preregistered = api.post(ANONYMOUS, "/api/preregistrations", """
                {"mrz": %s, "purpose": "tourism", "crossingPoint": "MARGARA-ALICAN", "direction": %s,
                 "travelDate": "%s"}""".formatted(quoted(mrz), TravellerAtMargaraTest.MARGARA_TO_ALICAN,
                LocalDate.now(java.time.ZoneId.of("Asia/Yerevan")))); // the day at Margara, the post left
        assertThat(preregistered.statusCode()).as(preregistered.body()).isEqualTo(201);
        String reference = json(preregistered).path("reference").asString();

        List<HttpResponse<String>> answers = ParallelClients.atOnce(CLIENTS, () -> api.post(
                TravellerAtMargaraTest.ARM_OFFICER, "/api/intake",
                "{\"preregistration\": \"" + reference + "\", \"mrz\": " + quoted(mrz) + "}"));

        assertOneDoneNineConflicts(answers, 201);
        assertThat(entriesOf(reference, "traveller.taken-in")).isEqualTo(1);
    }

    private static void assertOneDoneNineConflicts(List<HttpResponse<String>> answers, int done) {
        assertThat(answers).extracting(HttpResponse::statusCode).filteredOn(status -> status == done).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() != done).hasSize(CLIENTS - 1)
                .allSatisfy(refused -> {
                    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
                    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                            assertThat(type).startsWith("application/problem+json"));
                });
    }

    /** How many entries of this type about this case the log holds. */
    private long entriesOf(String reference, String type) {
        LogStorage log = api.server.bean(LogStorage.class);
        long size = api.server.bean(org.crossings.tlog.log.LogWriter.class).size();
        long count = 0;
        for (long first = 0; first < size; first += 256) {
            for (byte[] entry : log.entries(first, (int) Math.min(256, size - first))) {
                try {
                    var envelope = EnvelopeJson.parse(entry);
                    if (envelope.subject().id().equals(reference) && envelope.type().value().equals(type)) {
                        count++;
                    }
                } catch (IllegalArgumentException notAnEnvelope) {
                    // another test's raw entry
                }
            }
        }
        return count;
    }
}

package org.crossings.server.travel.http;

import org.crossings.server.EnvelopeFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.RunningServer;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.server.party.PartyCode;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.crossings.server.travel.CaseEventType;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.Mrz;
import org.crossings.server.travel.Passports;
import org.crossings.server.travel.TravelDocument;
import org.crossings.server.travel.TravellerEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A logged entry is forever. Logs written before pre-registrations were kept apart hold {@code traveller.preregistered}
 * entries (signed with the front office's key); every party's mirror replays those bytes, so the cases projection
 * still takes them: such an entry opens a case in status pre-registered, which the front office takes in as before,
 * giving the traveller a secret then; and a rebuild from the log gives the same case back, secret and all.
 */
class OldLogPreregistrationTest {

    private static final String ARM_OFFICER = "arm-officer-margara";

    @TempDir
    Path data;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_old_logs_preregistered_entry_still_opens_a_case_that_the_front_office_takes_in_and_a_rebuild_keeps()
            throws Exception {
        try (RunningServer server = RunningServer.start(data)) {
            String officer = token(server, ARM_OFFICER);
            CaseReference reference = CaseReference.random();
            String mrz = Passports.ordinary("SWE", "LINDQVIST", "ELSA");

            // The entry as the writer of old recorded it: the front office's key, its payload's old shape.
            server.bean(Journal.class).record(oldPreregistration(reference, Mrz.parse(mrz)));

            JsonNode preregistered = json(get(server, "/api/cases/" + reference, officer));
            assertThat(preregistered.path("status").asString()).isEqualTo("preregistered");
            assertThat(preregistered.path("traveller").path("surname").asString()).isEqualTo("LINDQVIST");
            assertThat(get(server, "/api/cases/" + reference + "/receipt", null).statusCode())
                    .as("it has no secret: no one but an officer reads its receipt").isEqualTo(404);

            HttpResponse<String> intake = post(server, "/api/intake", officer,
                    "{\"preregistration\": \"" + reference + "\", \"mrz\": " + TravelApi.quoted(mrz) + "}");
            assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
            String secret = json(intake).path("travellerSecret").asString();
            assertThat(secret).as("a secret given now").hasSize(26);
            assertThat(json(intake).path("travellerCase").path("entries").valueStream()
                    .map(e -> e.path("type").asString())).containsExactly("traveller.preregistered",
                    "traveller.taken-in");

            server.bean(PostgresJournal.class).rebuild();

            JsonNode rebuilt = json(get(server, "/api/cases/" + reference, officer));
            assertThat(rebuilt.path("status").asString()).isEqualTo("awaiting-exit");
            assertThat(rebuilt.path("entries").size()).isEqualTo(2);
            assertThat(get(server, "/api/cases/" + reference + "/receipt?secret=" + secret, null).statusCode())
                    .isEqualTo(200);
        }
    }

    private static Event oldPreregistration(CaseReference reference, TravelDocument document) {
        ObjectNode payload = TravelApi.JSON.createObjectNode();
        payload.put("mrz", document.mrz()).put("purpose", "tourism")
                .put("travelDate", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString()).put("by", "the traveller")
                .put("submission", "00".repeat(32));
        return EnvelopeFixtures.event(CaseEventType.PREREGISTERED.type(), TravellerEvents.subject(reference),
                PartyCode.of("ARM"),
                Optional.of(CrossingPointId.of("MARGARA-ALICAN")), Optional.of(Direction.of("AM-MARGARA", "TR-ALICAN")),
                Optional.of(document.category().json()), Set.of(PartyCode.of("ARM"), PartyCode.of("TUR")),
                Optional.empty(), payload);
    }

    private String token(RunningServer server, String person) {
        return server.bean(People.class).issueToken(Username.of(person), "old log test", Instant.now()).secret()
                .value();
    }

    private HttpResponse<String> get(RunningServer server, String path, String token) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(RunningServer server, String path, String token, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.url(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return TravelApi.JSON.readTree(response.body());
    }
}

package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.travel.http.TravelApi.ANONYMOUS;
import static org.crossings.server.travel.http.TravelApi.json;
import static org.crossings.server.travel.http.TravelApi.quoted;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.crossings.cli.CrossingsCli;
import org.crossings.server.travel.Passports;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.note.VerifierKey;
import org.crossings.tlog.storage.LogStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * A traveller's names, document number and date of birth go only to the parties the agreement's disclosure names
 * (Armenia and Türkiye at Margara), who check them against the envelope. The EU observer and the operator, not named,
 * get nothing of them: not from the API, not from the log, not in an error message, not in the receipt.
 */
class TravellerDataDisclosureTest {

    private final TravelApi api = new TravelApi();

    @TempDir
    Path temp;

    @Test
    void only_the_parties_named_by_the_disclosure_get_the_travellers_data_and_can_check_it() throws Exception {
        String number = Passports.number();
        String mrz = Passports.td3("P<", "CAN", "TREMBLAY", "JULIE", number, "CAN", "910215", 'F', "310101");
        var intake = api.post(TravellerAtMargaraTest.ARM_OFFICER, "/api/intake", """
                {"mrz": %s, "purpose": "tourism", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(quoted(mrz), TravellerAtMargaraTest.MARGARA_TO_ALICAN));
        assertThat(intake.statusCode()).as(intake.body()).isEqualTo(201);
        String reference = json(intake).path("reference").asString();
        String secret = json(intake).path("travellerSecret").asString();
        long index = json(intake).path("travellerCase").path("entries").get(0).path("index").asLong();
        List<String> secrets = List.of("TREMBLAY", "JULIE", number, "910215");

        // Türkiye, named by the disclosure, reads the case with her name, and the payload, which it checks.
        JsonNode turkey = json(api.get(TravellerAtMargaraTest.TUR_OFFICER, "/api/cases/" + reference));
        assertThat(turkey.path("traveller").path("surname").asString()).isEqualTo("TREMBLAY");
        var payload = api.get(TravellerAtMargaraTest.TUR_OFFICER, "/api/entries/" + index + "/payload");
        assertThat(payload.statusCode()).isEqualTo(200);
        JsonNode salted = json(payload).path("parts").get(0);
        byte[] bytes = Base64.getDecoder().decode(salted.path("payload").asString());
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(Base64.getDecoder().decode(salted.path("salt").asString()));
        assertThat(HexFormat.of().formatHex(sha256.digest(bytes))).isEqualTo(salted.path("digest").asString());
        assertThat(TravelApi.JSON.readTree(json(payload).path("envelope").asString()).path("parts").get(0)
                .path("digest").asString()).isEqualTo(salted.path("digest").asString());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("TREMBLAY");

        // The EU observer and the operator's front office see the case as the envelopes tell it, and nothing more; nor
        // do the carriers and the signatory of Armenia and Türkiye, who do not work with travellers' data.
        for (String outsider : List.of("eu-observer", "operator-front-office", "usa-observer", "tur-carrier",
                "arm-carrier", "tur-signatory")) {
            var asCase = api.get(outsider, "/api/cases/" + reference);
            assertThat(asCase.statusCode()).isEqualTo(200);
            assertThat(json(asCase).path("traveller").isNull()).isTrue();
            var asPayload = api.get(outsider, "/api/entries/" + index + "/payload");
            assertThat(asPayload.statusCode()).as(outsider).isEqualTo(403);
            for (String body : List.of(asCase.body(), asPayload.body())) {
                assertThat(body).doesNotContain(secrets);
            }
        }
        assertThat(api.get(ANONYMOUS, "/api/entries/" + index + "/payload").statusCode()).isEqualTo(401);
        assertThat(api.get("eu-observer", "/api/entries/0/payload").statusCode()).as("a registration is for everyone")
                .isEqualTo(200);

        // Errors about her case carry none of it either.
        var wrongSide = api.post(TravellerAtMargaraTest.TUR_OFFICER, "/api/cases/" + reference + "/decisions",
                "{\"step\": \"exit\", \"outcome\": \"allowed\"}");
        var operatorDecides = api.post("operator-front-office", "/api/cases/" + reference + "/decisions",
                "{\"step\": \"exit\", \"outcome\": \"allowed\"}");
        assertThat(wrongSide.statusCode()).isEqualTo(403);
        assertThat(operatorDecides.statusCode()).isEqualTo(403);
        assertThat(wrongSide.body() + operatorDecides.body()).doesNotContain(secrets);

        // The public log and her receipt hold envelopes only.
        LogStorage log = api.server.bean(LogStorage.class);
        long size = api.server.bean(LogWriter.class).size();
        for (long start = 0; start < size; start += 256) {
            for (byte[] entry : log.entries(start, (int) Math.min(256, size - start))) {
                assertThat(new String(entry, StandardCharsets.UTF_8)).doesNotContain(secrets);
            }
        }
        var receipt = api.get(ANONYMOUS, "/api/cases/" + reference + "/receipt?secret=" + secret);
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.body()).doesNotContain(secrets);

        // And the receipt checks out offline with nothing but the log's key.
        Path file = temp.resolve("case-" + reference + ".tlog-proof");
        Files.writeString(file, receipt.body());
        StringWriter out = new StringWriter();
        CommandLine cli = CrossingsCli.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(out));
        int exit = cli.execute("verify-receipt", file.toString(), "--key",
                api.server.bean(VerifierKey.class).encode());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("index:      " + index, "traveller.taken-in");
    }
}

package org.crossings.server.party.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.crossings.server.RunningServer;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import java.util.Set;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKeys;
import org.crossings.server.party.SignatureCheck;
import org.crossings.server.party.application.RotatingPartyKey;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.TileLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/** A party rotates its key: old signatures stay verifiable, new ones are made with the new key. */
class RotatingPartyKeyTest {

    private static final PartyCode ARM = PartyCode.of("ARM");
    private static final PartyCode TUR = PartyCode.of("TUR");

    @Test
    void a_signatory_rotates_its_partys_key_and_old_signatures_stay_verifiable(@TempDir Path data) throws Exception {
        try (RunningServer server = RunningServer.start(data)) {
            HttpResponse<String> byTurkey = rotate(server, "tur-signatory");
            HttpResponse<String> byArmenia = rotate(server, "arm-signatory");

            assertThat(byTurkey.statusCode()).isEqualTo(403);
            assertThat(byArmenia.statusCode()).isEqualTo(201);
            PartyKeys keys = server.bean(Keyrings.class).keys(ARM).orElseThrow();
            assertThat(keys.keys()).hasSize(2);
            assertThat(keys.keys().get(0).retiredAt()).isNotNull();
            assertThat(keys.keys().get(1).retiredAt()).isNull();
            Envelope registration = firstEntryBy(server, "party.registered");
            Envelope rotation = firstEntryBy(server, "party.key-rotated");
            assertThat(check(keys, registration)).isEqualTo(SignatureCheck.VALID);
            assertThat(check(keys, rotation)).as("the old key announces the new one").isEqualTo(SignatureCheck.VALID);
            assertThat(rotation.key()).isEqualTo(keys.keys().get(0).keyId());
        }
    }

    @Test
    void a_rotation_cut_short_by_a_crash_is_finished_or_undone_at_the_next_start_as_the_log_says(@TempDir Path data) {
        String announced;
        String neverAnnounced;
        try (RunningServer server = RunningServer.start(data)) {
            PartySigners signers = server.bean(PartySigners.class);
            // ARM's rotation reached the log, but the node stopped before it took the new key in use
            announced = signers.prepareNext(ARM.signatory()).verifierKey();
            server.bean(Journal.class).record(Event.of(RotatingPartyKey.ROTATED, new Subject("party", "ARM"),
                    ARM.signatory(), Set.of(org.crossings.server.journal.Signatory.EVERYONE), JsonNodeFactory.instance.objectNode().put("code", "ARM")
                            .put("key", announced)));
            // TUR's rotation was prepared and never announced
            neverAnnounced = signers.prepareNext(TUR.signatory()).verifierKey();
        }
        try (RunningServer restarted = RunningServer.start(data)) {
            PartySigners signers = restarted.bean(PartySigners.class);

            assertThat(signers.verifier(ARM.signatory()).verifierKey()).isEqualTo(announced);
            assertThat(signers.verifier(TUR.signatory()).verifierKey()).isNotEqualTo(neverAnnounced);
            assertThat(signers.pendingNext(ARM.signatory())).isEmpty();
            assertThat(signers.pendingNext(TUR.signatory())).isEmpty();
        }
    }

    private static SignatureCheck check(PartyKeys keys, Envelope envelope) {
        return keys.check(EnvelopeJson.signedBytes(envelope), envelope.key(), envelope.time(), envelope.signature());
    }

    private static Envelope firstEntryBy(RunningServer server, String type) {
        long size = Long.parseLong(server.get("/log/checkpoint").body().split("\n")[1]);
        for (long bundle = 0; bundle * TileLayout.WIDTH < size; bundle++) {
            String path = "/log/" + TileLayout.entryBundle(bundle * TileLayout.WIDTH, size).path();
            for (byte[] entry : EntryBundle.decode(server.getBytes(path).body())) {
                Envelope envelope = EnvelopeJson.parse(entry);
                if (envelope.type().value().equals(type) && envelope.actor().equals(ARM.signatory())) {
                    return envelope;
                }
            }
        }
        throw new AssertionError("no " + type + " by ARM in the log");
    }

    private static HttpResponse<String> rotate(RunningServer server, String username) throws Exception {
        String token = server.bean(People.class).issueToken(Username.of(username), "rotation", Instant.now())
                .secret().value();
        server.bean(org.crossings.tlog.log.LogWriter.class).publish();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/api/parties/ARM/keys").toString()))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        server.bean(org.crossings.tlog.log.LogWriter.class).publish();
        return response;
    }
}

package org.crossings.server.journal.store;

import org.crossings.server.EnvelopeFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.crossings.server.RunningServer;
import org.crossings.server.journal.CanonicalJson;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.storage.LogStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The story that once bricked a node: entries that no read model can take are appended straight to the log, as a
 * faulty or hostile writer would, bypassing every check of the API. The node sets them aside, reports them, keeps
 * taking writes, and starts again on the same log.
 */
class PoisonedLogTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PartyCode ARM = PartyCode.of("ARM");

    @TempDir
    Path dataDir;

    @Test
    void entries_no_read_model_can_take_are_set_aside_reported_and_survive_a_restart() throws Exception {
        List<Long> poisoned;
        try (RunningServer server = RunningServer.start(dataDir)) {
            assertThat(health(server).path("status").asString()).isEqualTo("ready");

            poisoned = poison(server);

            JsonNode health = awaitApplied(server, poisoned.getLast());
            assertThat(health.path("status").asString()).isEqualTo("degraded");
            assertThat(health.path("log").path("setAside").asLong()).isEqualTo(poisoned.size());
            assertThat(server.get("/health/ready").statusCode()).isEqualTo(503);
            assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
            assertThat(server.bean(PostgresJournal.class).findings(0, 100)).extracting(f -> f.index())
                    .containsExactlyElementsOf(poisoned);
            assertThat(org.crossings.server.LoggedWrites.intake(server).statusCode()).as("the node still takes writes").isEqualTo(201);
        }
        try (RunningServer again = RunningServer.start(dataDir)) {
            JsonNode health = health(again);
            assertThat(health.path("status").asString()).isEqualTo("degraded");
            assertThat(health.path("log").path("lag").asLong()).isZero();
            assertThat(health.path("log").path("setAside").asLong()).isEqualTo(poisoned.size());
            assertThat(org.crossings.server.LoggedWrites.intake(again).statusCode()).isEqualTo(201);

            again.bean(PostgresJournal.class).rebuild();
            assertThat(again.bean(PostgresJournal.class).findings(0, 100)).extracting(f -> f.index())
                    .as("a rebuild sets aside the same entries").containsExactlyElementsOf(poisoned);
        }
    }

    /** Appends three entries no read model can take; returns their indexes. */
    private static List<Long> poison(RunningServer server) {
        LogWriter writer = server.bean(LogWriter.class);
        NoteSigner arm = server.bean(FilePartySigners.class).signer(ARM.signatory());
        List<Long> indexes = new ArrayList<>();
        indexes.add(writer.append("not an envelope at all".getBytes(StandardCharsets.UTF_8)).join());

        Envelope forged = envelope(server, EventType.of("agreement.proposed"), "FORGED-1",
                proposalWithTitle(server, "FORGED-1", "Forged"), arm.keyId()).signedWith(new byte[64]);
        indexes.add(writer.append(EnvelopeJson.bytes(forged)).join());

        Envelope nul = envelope(server, EventType.of("agreement.proposed"), "POISON-NUL",
                proposalWithTitle(server, "POISON-NUL", "Opening\u0000for all"), arm.keyId());
        indexes.add(writer.append(EnvelopeJson.bytes(nul.signedWith(arm.sign(EnvelopeJson.signedBytes(nul)))))
                .join());
        return indexes;
    }

    /** An agreement proposal as the log holds one, copied from the demo's first, with another id and title. */
    private static ObjectNode proposalWithTitle(RunningServer server, String id, String title) {
        LogStorage log = server.bean(LogStorage.class);
        long size = server.bean(LogWriter.class).size();
        for (byte[] entry : log.entries(0, (int) size)) {
            Envelope envelope = EnvelopeJson.parse(entry);
            if (envelope.type().value().equals("agreement.proposed")) {
                byte[] payload = server.bean(PostgresJournal.class).payloads().find(envelope.parts().getFirst().digest())
                        .orElseThrow().payload();
                ObjectNode proposal = (ObjectNode) JSON.readTree(payload);
                proposal.put("agreement", id);
                ((ObjectNode) proposal.path("terms")).put("title", title);
                return proposal;
            }
        }
        throw new AssertionError("the demo log holds no agreement proposal");
    }

    /** An envelope by ARM whose payload is kept as given, past every check of the API. */
    private static Envelope envelope(RunningServer server, EventType type, String id, ObjectNode payload,
            org.crossings.tlog.note.KeyId key) {
        Payloads payloads = new Payloads(JdbcClient.create(server.bean(DataSource.class)));
        return EnvelopeFixtures.v1(type, Instant.now(), new Subject("agreement", id), ARM, key, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(PartyCode.EVERYONE), Optional.empty(),
                Optional.empty(), payloads.keep(CanonicalJson.bytes(payload)), null);
    }

    private static JsonNode awaitApplied(RunningServer server, long index) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            JsonNode health = health(server);
            if (health.path("log").path("applied").asLong() > index) {
                return health;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("entry " + index + " was never applied: " + health(server));
    }

    private static JsonNode health(RunningServer server) {
        return JSON.readTree(server.get("/health").body());
    }
}

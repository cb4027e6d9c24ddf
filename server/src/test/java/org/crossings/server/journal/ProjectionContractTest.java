package org.crossings.server.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.crossings.server.LoggedWrites;
import org.crossings.server.RunningServer;
import org.crossings.server.journal.store.FilePartySigners;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.storage.LogStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of {@link Projection}, checked on every registered projection at once, through the journal as a
 * hostile writer would reach it: for every event type the demo log holds (so every projection meets entries of the
 * types it knows), entries signed by the right party and carrying a payload no projection can take (not JSON, the
 * wrong shape, NUL in text, a number no integer holds) are appended straight to the log. No exception escapes, the
 * read models do not stop, the node still takes writes, every entry is applied or set aside (a read model may take
 * what it can of a payload: the NUL-laden intake whose document it cannot read opens no traveller), the unreadable
 * ones are findings, an entry of a type nobody knows is ignored, and a rebuild, twice, sets aside exactly the same
 * entries for the same reasons.
 */
class ProjectionContractTest {

    @TempDir
    Path dataDir;

    @Test
    void every_projection_sets_aside_what_it_cannot_take_never_stops_and_replays_to_the_same_findings()
            throws Exception {
        try (RunningServer server = RunningServer.start(dataDir)) {
            PostgresJournal journal = server.bean(PostgresJournal.class);
            assertThat(server.bean(ProjectionList.class).inOrder()).hasSizeGreaterThanOrEqualTo(4);
            Map<Long, String> hostile = appendHostileEntries(server);
            long last = hostile.keySet().stream().max(Long::compare).orElseThrow();
            awaitApplied(journal, last);

            assertThat(journal.status().stopped()).as("no entry stops the read models").isEmpty();
            List<Finding> findings = journal.findings(0, 10_000);
            hostile.forEach((index, what) -> {
                if (what.endsWith("not JSON")) {
                    assertThat(findings).as(what).anyMatch(finding -> finding.index() == index);
                } else if (what.startsWith("nobody.knows")) {
                    assertThat(findings).as(what + " is ignored").noneMatch(finding -> finding.index() == index);
                }
            });
            assertThat(LoggedWrites.intake(server).statusCode()).as("the node still takes writes").isEqualTo(201);

            List<String> before = described(journal.findings(0, 10_000));
            journal.rebuild();
            List<String> once = described(journal.findings(0, 10_000));
            journal.rebuild();
            assertThat(once).as("a rebuild sets aside the same entries for the same reasons").isEqualTo(before);
            assertThat(described(journal.findings(0, 10_000))).as("and so does the next").isEqualTo(before);
        }
    }

    /** Appends, for each type in the log, its hostile variants; returns each one's index and what it is. */
    private static Map<Long, String> appendHostileEntries(RunningServer server) {
        LogStorage storage = server.bean(LogStorage.class);
        LogWriter writer = server.bean(LogWriter.class);
        Map<EventType, Envelope> firstOfType = new LinkedHashMap<>();
        for (byte[] entry : storage.entries(0, (int) writer.size())) {
            Envelope envelope = EnvelopeJson.parse(entry);
            firstOfType.putIfAbsent(envelope.type(), envelope);
        }
        Map<Long, String> appended = new LinkedHashMap<>();
        for (Envelope original : firstOfType.values()) {
            hostilePayloads().forEach((what, payload) -> appended.put(
                    append(server, original, original.type(), payload), original.type() + ": " + what));
        }
        Envelope any = firstOfType.values().iterator().next();
        appended.put(append(server, any, EventType.of("nobody.knows"), "{\"any\":1}"), "nobody.knows");
        return appended;
    }

    private static Map<String, String> hostilePayloads() {
        Map<String, String> payloads = new LinkedHashMap<>();
        payloads.put("not JSON", "this is no JSON at all {");
        payloads.put("wrong shape", "[1,2,3]");
        payloads.put("empty object", "{}");
        payloads.put("NUL in text", "{\"code\":\"A\\u0000B\",\"name\":\"\\u0000\",\"agreement\":\"\\u0000\","
                + "\"mrz\":\"\\u0000\",\"kind\":\"\\u0000\"}");
        payloads.put("a huge number", "{\"code\":123456789012345678901234567890,\"version\":1e400,"
                + "\"agreement\":99999999999999999999999}");
        return payloads;
    }

    /** An envelope like {@code original} (type, subject, actor, facts) with {@code payload} kept as given. */
    private static long append(RunningServer server, Envelope original, EventType type, String payload) {
        NoteSigner signer = server.bean(FilePartySigners.class).signer(original.actor());
        Hash digest = keep(server, payload.getBytes(StandardCharsets.UTF_8));
        Envelope envelope = new Envelope(2, type, Instant.now(), original.subject(), original.actor(), signer.keyId(),
                original.facts(), List.of(new Envelope.Part(Envelope.WHOLE, new TreeSet<>(List.of(Signatory.EVERYONE)),
                        digest)), null);
        Envelope signed = envelope.signedWith(signer.sign(EnvelopeJson.signedBytes(envelope)));
        return server.bean(LogWriter.class).append(EnvelopeJson.bytes(signed)).join();
    }

    /** Keeps a payload's bytes as given, past every check of the API, under a salted digest. */
    private static Hash keep(RunningServer server, byte[] payload) {
        byte[] salt = new byte[16];
        new java.security.SecureRandom().nextBytes(salt);
        try {
            java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            Hash digest = Hash.of(sha256.digest(payload));
            org.springframework.jdbc.core.simple.JdbcClient.create(server.bean(DataSource.class))
                    .sql("INSERT INTO journal_payloads (digest, salt, payload) VALUES (?, ?, ?)")
                    .params(digest.bytes(), salt, payload).update();
            return digest;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitApplied(PostgresJournal journal, long index) throws InterruptedException {
        for (int i = 0; i < 300 && journal.status().applied() <= index; i++) {
            Thread.sleep(100);
        }
        assertThat(journal.status().applied()).as("entry " + index + " applied").isGreaterThan(index);
    }

    private static List<String> described(List<Finding> findings) {
        List<String> described = new ArrayList<>();
        findings.forEach(f -> described.add(f.index() + " " + f.projection() + " " + f.reason()));
        return described;
    }
}

package org.crossings.server.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.crossings.server.RunningServer;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.storage.LogStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's story: the real server on embedded PostgreSQL, audited over HTTP with {@code crossings verify}. */
class LogVerifiedOverHttpTest {

    private final RunningServer server = RunningServer.shared();

    @Test
    void an_auditor_verifies_the_log_and_then_its_growth_over_http(@TempDir Path auditor) throws Exception {
        // The server's log holds entries, and it has signed a checkpoint over them.
        append(1000, "first");
        // The auditor takes the log's verifier key from its stable URL and verifies everything.
        String key = server.get("/log/key").body().strip();
        Path state = auditor.resolve("state");
        Auditor first = Auditor.run("verify", server.url("/log/").toString(), "--key", key,
                "--state", state.toString());
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(Files.readString(state)).contains(key.substring(0, key.indexOf('+')));

        // The log grows past a full level-1 tile edge; the auditor checks the new tree against the old checkpoint.
        append(700, "second");
        Auditor second = Auditor.run("verify", server.url("/log/").toString(), "--key", key,
                "--state", state.toString());
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.output()).containsIgnoringCase("consistent");
    }

    @Test
    void a_log_checked_against_another_key_fails_verification(@TempDir Path auditor) {
        append(10, "other-key");
        Auditor run = Auditor.run("verify", server.url("/log/").toString(), "--key",
                Ed25519NoteSigner.generate("crossings.local/log").verifier().verifierKey(),
                "--state", auditor.resolve("state").toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    }

    @Test
    void a_log_whose_storage_lost_an_entry_bundle_fails_verification_with_evidence_naming_it(
            @TempDir Path data, @TempDir Path auditor) throws Exception {
        try (RunningServer own = RunningServer.start(data, "--crossings.integrity.scan-interval=0s")) {
            // The log holds entries and has signed a checkpoint over them.
            append(own, 1000, "lost");
            String checkpoint = own.bean(LogStorage.class).latestCheckpoint().orElseThrow().note();
            // Someone with access to the database deletes the rows of one entry bundle.
            try (Connection connection = own.bean(DataSource.class).getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SET session_replication_role = replica");
                assertThat(statement.executeUpdate("DELETE FROM tlog_entries WHERE idx BETWEEN 256 AND 511"))
                        .isEqualTo(256);
            }
            // The auditor finds a lie, not an outage: exit 1, and evidence naming the checkpoint and the bundle.
            Path evidence = auditor.resolve("evidence.txt");
            Auditor run = Auditor.run("verify", own.url("/log/").toString(), "--key",
                    own.get("/log/key").body().strip(), "--state", auditor.resolve("state").toString(),
                    "--evidence", evidence.toString());

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
            assertThat(Files.readString(evidence)).contains("missing resource: tile/entries/001 (entries 256 to 511)",
                    own.url("/log/tile/entries/001") + " answered HTTP 404", checkpoint);
        }
    }

    private void append(int count, String label) {
        append(server, count, label);
    }

    private static void append(RunningServer server, int count, String label) {
        LogWriter writer = server.bean(LogWriter.class);
        writer.appendAll(SignedFillers.entries(server, label, count)).join();
        writer.publish();
    }
}

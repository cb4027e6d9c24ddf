package org.crossings.server.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crossings.server.RunningServer;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.note.Ed25519NoteSigner;
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

    private void append(int count, String label) {
        LogWriter writer = server.bean(LogWriter.class);
        writer.appendAll(SignedFillers.entries(server, label, count)).join();
        writer.publish();
    }
}

package org.crossings.server.journal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.crossings.server.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with access to the node's database edits a logged entry: the integrity scan finds it, and the node says
 * so at once, in its readiness (503, unavailable, with the entry) and its metrics.
 */
class TamperedLogHealthTest {

    @TempDir
    Path dataDir;

    @Test
    void an_entry_edited_in_the_database_makes_the_node_unavailable_and_says_which() throws Exception {
        try (RunningServer server = RunningServer.start(dataDir, "--crossings.integrity.first-scan=PT0.5S",
                "--crossings.integrity.scan-interval=PT0.5S")) {
            try (Connection connection = server.bean(DataSource.class).getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("SET session_replication_role = replica");
                statement.executeUpdate("UPDATE tlog_entries SET data = convert_to('forged', 'UTF8') WHERE idx = 3");
            }

            String health = awaitUnready(server);

            assertThat(health).contains("\"status\":\"unavailable\"", "the stored log contradicts what it signed",
                    "\"integrity\":{", "tampered");
        }
    }

    private static String awaitUnready(RunningServer server) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            var ready = server.get("/health/ready");
            if (ready.statusCode() == 503 && ready.body().contains("contradicts")) {
                return ready.body();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the tampering was never reported: " + server.get("/health/ready").body());
    }
}

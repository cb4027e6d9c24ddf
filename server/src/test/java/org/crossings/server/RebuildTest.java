package org.crossings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.storage.LogStorage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crossings rebuild} drops every read model, replays the log and gives back the very same state; it refuses a
 * log whose stored entries are not the ones its checkpoint signed.
 */
class RebuildTest {

    /** Every read model, as the API shows it. */
    private static final List<String> READ_MODELS = List.of(
            "/api/parties", "/api/parties/ARM/keys", "/api/posts", "/api/passages", "/api/agreements",
            "/api/agreements/ARM-TUR-2022-THIRD-COUNTRY", "/api/timeline", "/api/statistics");

    @Test
    void rebuilding_from_the_log_gives_the_same_read_models(@TempDir Path data) {
        Map<String, String> before = snapshot(data);

        CrossingsServer.main(new String[] {"rebuild", "--crossings.data-dir=" + data});

        assertThat(snapshot(data)).isEqualTo(before);
        assertThat(before.get("/api/parties")).contains("\"ARM\"", "\"TUR\"", "\"OPERATOR\"");
        assertThat(before.get("/api/timeline")).contains("ARM-TUR-2025-03-HUMANITARIAN", "\"signed\"");
        assertThat(before.get("/api/statistics")).contains("\"admitted\"", "\"not-eligible\"");
    }

    @Test
    void a_rebuild_refuses_an_entry_edited_in_the_database_naming_it_and_leaves_the_read_models_as_they_were(
            @TempDir Path data) throws IOException {
        Map<String, String> before = snapshot(data);
        Edit edit = turnTheFirstAdmissionIntoARefusal(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = Rebuilding.run(new String[] {"--crossings.data-dir=" + data}, new PrintStream(out, true),
                new PrintStream(err, true));

        String evidence = err.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(evidence).isEqualTo(Rebuilding.REFUSED);
        assertThat(evidence).contains("REBUILD REFUSED: entry " + edit.index() + " is not the entry",
                "leaf hash of the kept entry: " + TreeHash.leaf(edit.forged()).hex(),
                "hash in the tile:            " + TreeHash.leaf(edit.original()).hex(), edit.checkpoint());
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("rebuilt");
        try (Stream<Path> files = Files.list(data.resolve("evidence"))) {
            assertThat(files.toList()).singleElement()
                    .satisfies(file -> assertThat(Files.readString(file)).contains("entry:          " + edit.index()));
        }
        // statistics are no read model: they are computed from the stored entries on every request
        assertThat(readModels(snapshot(data))).isEqualTo(readModels(before));
        assertThat(before.get("travel_cases")).contains("admitted");
    }

    private static Map<String, String> readModels(Map<String, String> snapshot) {
        Map<String, String> readModels = new LinkedHashMap<>(snapshot);
        readModels.remove("/api/statistics");
        return readModels;
    }

    /** An entry changed in place, with the checkpoint that was signed over the original. */
    private record Edit(long index, byte[] original, byte[] forged, String checkpoint) {
    }

    /**
     * What someone with access to the database could do: rewrite the envelope of the first admission into a refusal,
     * with the append-only trigger switched off for the session, as the tables' owner can.
     */
    private static Edit turnTheFirstAdmissionIntoARefusal(Path data) {
        try (RunningServer server = RunningServer.start(data, "--crossings.integrity.scan-interval=0s")) {
            JdbcClient jdbc = JdbcClient.create(server.bean(DataSource.class));
            long index = jdbc.sql("SELECT min(idx) FROM tlog_entries WHERE convert_from(data, 'UTF8')"
                    + " LIKE '%\"type\":\"traveller.admitted\"%'").query(Long.class).single();
            byte[] original = server.bean(LogStorage.class).entries(index, 1).getFirst();
            byte[] forged = new String(original, StandardCharsets.UTF_8)
                    .replace("\"traveller.admitted\"", "\"traveller.entry-refused\"").getBytes(StandardCharsets.UTF_8);
            String checkpoint = server.bean(LogStorage.class).latestCheckpoint().orElseThrow().note();
            overwrite(server.bean(DataSource.class), index, forged);
            return new Edit(index, original, forged, checkpoint);
        }
    }

    private static void overwrite(DataSource database, long index, byte[] forged) {
        try (Connection connection = database.getConnection(); Statement session = connection.createStatement();
             PreparedStatement update = connection.prepareStatement("UPDATE tlog_entries SET data = ? WHERE idx = ?")) {
            session.execute("SET session_replication_role = replica");
            update.setBytes(1, forged);
            update.setLong(2, index);
            assertThat(update.executeUpdate()).isOne();
            session.execute("SET session_replication_role = DEFAULT");
        } catch (SQLException e) {
            throw new IllegalStateException("could not overwrite entry " + index, e);
        }
    }

    private static Map<String, String> snapshot(Path data) {
        try (RunningServer server = RunningServer.start(data)) {
            Map<String, String> state = new LinkedHashMap<>();
            String token = server.bean(People.class)
                    .issueToken(Username.of("eu-observer"), "rebuild test", Instant.now()).secret().value();
            for (String path : READ_MODELS) {
                var response = server.get(path, token);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                state.put(path, response.body());
            }
            state.put("travel_cases", String.join("\n", JdbcClient.create(server.bean(DataSource.class))
                    .sql("SELECT reference || ' ' || status || ' ' || decided FROM travel_cases ORDER BY reference")
                    .query(String.class).list()));
            return state;
        }
    }
}

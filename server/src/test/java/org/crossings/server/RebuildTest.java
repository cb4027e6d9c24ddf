package org.crossings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossings rebuild} drops every read model, replays the log and gives back the very same state. */
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
            return state;
        }
    }
}

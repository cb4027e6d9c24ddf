package org.crossings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.junit.jupiter.api.Test;

/** A node's IT scrapes its metrics in the Prometheus format, with an API token; no one else reads them. */
class MetricsTest {

    private final RunningServer server = RunningServer.shared();

    @Test
    void the_metrics_name_the_log_the_read_models_the_writer_the_pool_and_the_requests() {
        server.get("/api/parties"); // at least one request to count
        String token = server.bean(People.class).issueToken(Username.of("operator-monitoring"), "prometheus",
                Instant.now()).secret().value();

        var metrics = server.get("/metrics", token);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body()).contains("crossings_log_size", "crossings_log_checkpoint_age_seconds",
                "crossings_read_models_lag", "crossings_log_entries_set_aside", "crossings_read_models_stopped",
                "crossings_log_writer_batch_size_entries_bucket", "crossings_db_pool_active",
                "http_server_requests_seconds_bucket");
        assertThat(metrics.body()).containsPattern("crossings_log_size\\{[^}]*} [1-9]");
    }

    @Test
    void no_one_unsigned_reads_the_metrics() {
        assertThat(server.get("/metrics").statusCode()).isEqualTo(401);
    }
}

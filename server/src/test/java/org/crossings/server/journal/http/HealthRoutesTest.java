package org.crossings.server.journal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.crossings.server.RunningServer;
import org.junit.jupiter.api.Test;

class HealthRoutesTest {

    @Test
    void health_answers_ready_once_the_server_has_started() {
        HttpResponse<String> response = RunningServer.shared().get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"ready\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void an_unknown_path_is_a_problem_response_not_an_html_page() {
        // under a public prefix: elsewhere the access rules refuse unknown paths before they are looked up
        HttpResponse<String> response = RunningServer.shared().get("/log/no/such/thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}

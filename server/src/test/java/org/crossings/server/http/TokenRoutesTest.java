package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.crossings.server.RunningServer;
import org.crossings.server.people.Person;
import org.crossings.server.people.Role;
import org.crossings.server.people.RoleGrant;
import org.junit.jupiter.api.Test;

/** A person issues, lists and revokes their own API tokens, and no one else's. */
class TokenRoutesTest {

    private static final Person MONITOR = TestPeople.add("token-owner", "OPERATOR", "not used",
            RoleGrant.of(Role.OPERATOR_MONITORING));
    private static final Person OTHER = TestPeople.add("token-other", "EU", "not used", RoleGrant.of(Role.OBSERVER));

    private final RunningServer server = RunningServer.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_token_is_issued_once_with_its_secret_works_and_stops_working_when_revoked() throws Exception {
        String owner = TestPeople.tokenOf(MONITOR).value();

        HttpResponse<String> issued = call("POST", "/api/me/tokens", owner, "{\"label\": \"queue screen\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        String secret = issued.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
        String id = issued.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(call("GET", "/api/me", secret, null).body()).contains(MONITOR.username().value());
        assertThat(call("GET", "/api/me/tokens", owner, null).body()).contains("queue screen").doesNotContain(secret);

        String other = TestPeople.tokenOf(OTHER).value();
        assertThat(call("DELETE", "/api/me/tokens/" + id, other, null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/me/tokens/" + id, owner, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/me", secret, null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_without_a_label_is_refused_naming_the_field() throws Exception {
        HttpResponse<String> refused = call("POST", "/api/me/tokens", TestPeople.tokenOf(MONITOR).value(), "{}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("label");
    }

    private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path).toString()))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

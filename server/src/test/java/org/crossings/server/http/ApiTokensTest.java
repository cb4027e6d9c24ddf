package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.crossings.server.RunningServer;
import org.crossings.server.people.ApiTokenSecret;
import org.crossings.server.people.IssuedToken;
import org.crossings.server.people.Person;
import org.crossings.server.people.Role;
import org.crossings.server.people.RoleGrant;
import org.junit.jupiter.api.Test;

/** Machine clients with {@code Authorization: Bearer} API tokens, over real HTTP. */
class ApiTokensTest {

    private static final Person MONITOR = TestPeople.add("operator-monitoring", "OPERATOR", "not used",
            RoleGrant.of(Role.OPERATOR_MONITORING));

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_valid_token_signs_its_holder_in_for_that_request_only() throws Exception {
        HttpResponse<String> me = call("GET", "/api/me", "Bearer " + TestPeople.tokenOf(MONITOR).value());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + MONITOR.username() + "\"", "\"party\":\"OPERATOR\"",
                "\"signedInBy\":\"API_TOKEN\"");
        assertThat(me.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void a_revoked_token_is_refused() throws Exception {
        IssuedToken issued = TestPeople.people().issueToken(MONITOR.username(), "to revoke", Instant.now());
        TestPeople.people().revokeToken(issued.token().id(), Instant.now());

        HttpResponse<String> me = call("GET", "/api/me", "Bearer " + issued.secret().value());

        assertInvalidToken(me);
    }

    @Test
    void an_unknown_or_malformed_token_is_refused_and_never_read_as_anonymous() throws Exception {
        assertInvalidToken(call("GET", "/api/me", "Bearer " + ApiTokenSecret.generate().value()));
        assertInvalidToken(call("GET", "/api/me", "Bearer not-a-token"));
        // even where anyone may go: a client that sends a bad token must learn it is bad
        assertInvalidToken(call("GET", "/health", "Bearer " + ApiTokenSecret.generate().value()));
    }

    @Test
    void a_token_client_needs_no_csrf_token_but_still_meets_the_access_rules() throws Exception {
        HttpResponse<String> post = call("POST", "/api/me", "Bearer " + TestPeople.tokenOf(MONITOR).value());

        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(post.body()).contains("no one may POST /api/me").doesNotContain("CSRF");
    }

    private static void assertInvalidToken(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).contains("error=\"invalid_token\""));
        assertThat(response.body()).contains("the API token is unknown, expired, revoked or malformed");
    }

    private HttpResponse<String> call(String method, String path, String authorization)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(RunningServer.shared().url(path))
                .header("Authorization", authorization).header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

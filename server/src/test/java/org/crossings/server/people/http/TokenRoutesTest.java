package org.crossings.server.people.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossings.server.http.Browser;
import org.crossings.server.http.TestPeople;
import org.crossings.server.http.Caller;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crossings.server.RunningServer;
import org.crossings.server.people.IssuedToken;
import org.crossings.server.people.Person;
import org.crossings.server.people.Role;
import org.crossings.server.people.RoleGrant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person signed in with their password issues, lists and revokes their own API tokens, and no one else's; a token
 * expires, and cannot issue another token.
 */
class TokenRoutesTest {

    private static final String PASSWORD = "tokens are made by people";
    private static final Person MONITOR = TestPeople.add("token-owner", "OPERATOR", PASSWORD,
            RoleGrant.of(Role.OPERATOR_MONITORING));
    private static final Person OTHER = TestPeople.add("token-other", "EU", "not used", RoleGrant.of(Role.OBSERVER));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningServer server = RunningServer.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_token_is_issued_once_with_its_secret_works_and_stops_working_when_revoked() throws Exception {
        Browser browser = new Browser();
        browser.signIn(MONITOR.username().value(), PASSWORD);

        HttpResponse<String> issued = browser.postJson("/api/me/tokens", "{\"label\": \"queue screen\"}",
                browser.csrfOf("/"));
        assertThat(issued.statusCode()).isEqualTo(201);
        JsonNode answer = JSON.readTree(issued.body());
        String secret = answer.path("secret").asString();
        String id = answer.path("token").path("id").asString();
        assertThat(call("GET", "/api/me", secret, null).body()).contains(MONITOR.username().value());
        String owner = TestPeople.tokenOf(MONITOR).value();
        assertThat(call("GET", "/api/me/tokens", owner, null).body()).contains("queue screen").doesNotContain(secret);

        String other = TestPeople.tokenOf(OTHER).value();
        assertThat(call("DELETE", "/api/me/tokens/" + id, other, null).statusCode()).isEqualTo(404);
        assertThat(call("DELETE", "/api/me/tokens/" + id, owner, null).statusCode()).isEqualTo(204);
        assertThat(call("GET", "/api/me", secret, null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_token_lives_thirty_days_and_says_so_when_issued_and_listed() throws Exception {
        Browser browser = new Browser();
        browser.signIn(MONITOR.username().value(), PASSWORD);

        JsonNode token = JSON.readTree(browser.postJson("/api/me/tokens", "{\"label\": \"laptop\"}",
                browser.csrfOf("/")).body()).path("token");

        Instant issuedAt = Instant.parse(token.path("issuedAt").asString());
        assertThat(Instant.parse(token.path("expiresAt").asString())).isEqualTo(issuedAt.plus(Duration.ofDays(30)));
        assertThat(token.path("expired").asBoolean()).isFalse();
        assertThat(browser.getJson("/api/me/tokens").body()).contains("\"expiresAt\":\""
                + token.path("expiresAt").asString() + "\"");
    }

    @Test
    void a_token_lives_as_long_as_the_configured_lifetime() {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        TokenRoutes routes = new TokenRoutes(TestPeople.people(), Clock.fixed(now, ZoneOffset.UTC),
                Duration.ofHours(8));

        var issued = routes.issue(new Caller(MONITOR, Caller.SignedInBy.SESSION),
                JSON.readTree("{\"label\": \"one shift\"}")).getBody();

        assertThat(issued).isNotNull();
        assertThat(((TokenRoutes.TokenView) issued.get("token")).expiresAt()).isEqualTo("2026-03-01T16:00:00Z");
    }

    @Test
    void an_expired_token_is_refused_and_listed_as_expired() throws Exception {
        Instant monthsAgo = Instant.now().minus(Duration.ofDays(60));
        IssuedToken old = TestPeople.people().issueToken(MONITOR.username(), "old scanner", monthsAgo);

        HttpResponse<String> refused = call("GET", "/api/me", old.secret().value(), null);

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).contains("error=\"invalid_token\""));
        assertThat(refused.body()).contains("expired");
        JsonNode listed = JSON.readTree(call("GET", "/api/me/tokens", TestPeople.tokenOf(MONITOR).value(), null)
                .body());
        assertThat(listed.valueStream().filter(t -> t.path("label").asString().equals("old scanner")))
                .singleElement().satisfies(t -> assertThat(t.path("expired").asBoolean()).isTrue());
    }

    @Test
    void a_token_cannot_issue_a_token() throws Exception {
        HttpResponse<String> refused = call("POST", "/api/me/tokens", TestPeople.tokenOf(MONITOR).value(),
                "{\"label\": \"a token of my own\"}");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("a person signed in with a password (not an API token) is required");
        assertThat(TestPeople.people().tokens(MONITOR.username()))
                .noneMatch(token -> token.label().equals("a token of my own"));
    }

    @Test
    void a_token_without_a_label_is_refused_naming_the_field() {
        Browser browser = new Browser();
        browser.signIn(MONITOR.username().value(), PASSWORD);

        HttpResponse<String> refused = browser.postJson("/api/me/tokens", "{\"label\": 5}", browser.csrfOf("/"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("label 5 is not a string");
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

package org.crossings.server;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.crossings.server.travel.Passports;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test fixture: a write that enters the log, over HTTP, as a post's officer would make it: Armenia's officer at
 * Margara takes a new traveller in. (A pre-registration no longer writes to the log.)
 */
public final class LoggedWrites {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** One token per server, issued at its first write: later ones may come while its database is away. */
    private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LoggedWrites() {
    }

    /** Takes a traveller in at Margara; 201 when it was recorded. */
    public static HttpResponse<String> intake(RunningServer server) throws Exception {
        String token = TOKENS.computeIfAbsent(server.base().toString(), base -> server.bean(People.class)
                .issueToken(Username.of("arm-officer-margara"), "logged writes", Instant.now()).secret().value());
        String body = """
                {"mrz": %s, "purpose": "official", "crossingPoint": "MARGARA-ALICAN",
                 "direction": {"from": "AM-MARGARA", "to": "TR-ALICAN"}}"""
                .formatted(JSON.writeValueAsString(Passports.ordinary("NLD", "JANSEN", "SANNE")));
        return HTTP.send(HttpRequest.newBuilder(server.url("/api/intake")).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}

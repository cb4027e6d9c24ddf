package org.crossings.server.agreement.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossings.server.RunningServer;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.crossings.tlog.log.LogWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test fixture: the shared running server, spoken to in JSON, and unique agreement ids (its database is shared). */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    /** Reads and checks eligibility: the operator's front office. */
    static final String READER = "operator-front-office";
    private static final Pattern PARTY = Pattern.compile("\"(?:proposer|party)\"\\s*:\\s*\"([A-Z]{3})\"");
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    final RunningServer server = RunningServer.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    static String uniqueId(String prefix) {
        return prefix + "-" + RUN + "-" + NEXT.incrementAndGet();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(server.url(path)).header("Authorization", bearer(READER)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(server.url(path)).header("Authorization", bearer(READER)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts as the signatory of the party the body names ({@code proposer} or {@code party}), else as the reader. */
    HttpResponse<String> post(String path, String json) {
        Matcher party = PARTY.matcher(json);
        String caller = party.find() ? party.group(1).toLowerCase(Locale.ROOT) + "-signatory" : READER;
        return postAs(caller, path, json);
    }

    HttpResponse<String> postAs(String username, String path, String json) {
        return send(HttpRequest.newBuilder(server.url(path)).header("Content-Type", "application/json")
                .header("Authorization", bearer(username))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A demo person's API token, issued once per test run. */
    private String bearer(String username) {
        return "Bearer " + TOKENS.computeIfAbsent(username, name -> server.bean(People.class)
                .issueToken(Username.of(name), "agreement tests", Instant.now()).secret().value());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> propose(String id, String proposer, String terms) {
        return post("/api/agreements", "{\"id\": \"" + id + "\", \"proposer\": \"" + proposer + "\", \"terms\": "
                + terms + "}");
    }

    HttpResponse<String> signWithNodeKey(String id, int version, String party) {
        return post("/api/agreements/" + id + "/versions/" + version + "/signatures",
                "{\"party\": \"" + party + "\", \"withNodeKey\": true}");
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    long logSize() {
        return server.bean(LogWriter.class).size();
    }
}

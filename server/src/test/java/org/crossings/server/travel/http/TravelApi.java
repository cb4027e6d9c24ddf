package org.crossings.server.travel.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crossings.server.RunningServer;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test fixture: the shared running server, called as demo people with API tokens, or as no one. */
final class TravelApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ANONYMOUS = null;
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    final RunningServer server = RunningServer.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String as, String path) {
        return send(request(as, path).GET().build());
    }

    HttpResponse<String> post(String as, String path, String json) {
        return send(request(as, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A post with extra headers, such as {@code Idempotency-Key}. */
    HttpResponse<String> post(String as, String path, String json, String... headers) {
        return send(request(as, path).header("Content-Type", "application/json").headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Posts a form, as the desk's pages do. */
    HttpResponse<String> postForm(String as, String path, java.util.Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(request(as, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String quoted(String text) {
        return JSON.writeValueAsString(text);
    }

    private HttpRequest.Builder request(String as, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url(path));
        if (as != null) {
            request.header("Authorization", "Bearer " + TOKENS.computeIfAbsent(as, name -> server.bean(People.class)
                    .issueToken(Username.of(name), "travel tests", Instant.now()).secret().value()));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.crossings.server.agreement.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.crossings.server.RunningServer;
import org.crossings.tlog.log.LogWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test fixture: the shared running server, spoken to in JSON, and unique agreement ids (its database is shared). */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    final RunningServer server = RunningServer.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    static String uniqueId(String prefix) {
        return prefix + "-" + RUN + "-" + NEXT.incrementAndGet();
    }

    HttpResponse<String> get(String path) {
        return server.get(path);
    }

    HttpResponse<String> post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(server.url(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
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

package org.crossings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crossings.server.agreement.application.SampleTerms;
import org.crossings.server.http.DocumentedProblems;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.crossings.server.travel.Passports;
import org.crossings.tlog.log.LogWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random and mutated requests to every endpoint that takes input, as a careless or hostile client would send them:
 * bodies (random JSON, valid bodies with a member replaced, removed, doubled or added, cut short, raw text), path and
 * query values, content types and {@code Idempotency-Key} headers. Whatever comes, the node never answers 5xx, every
 * 4xx is an RFC 9457 problem that names no internal class, a 4xx writes nothing to the log, and afterwards the node
 * still applies entries with nothing set aside. On a node of its own, so that the log's size tells exactly what each
 * request wrote. The cases come from a seeded generator ({@link FuzzCases}); a failure names its seed
 * ({@code -Dcrossings.fuzz.seed=...} repeats it); {@code -Dcrossings.fuzz.http-cases} sets how many of each kind.
 */
class HttpFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CASES = Integer.getInteger("crossings.fuzz.http-cases",
            Boolean.getBoolean("crossings.long") ? 50_000 : 1_000);
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningServer server;

    private final FuzzCases cases = new FuzzCases(Long.getLong("crossings.fuzz.seed", System.nanoTime()));

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(Files.createTempDirectory("crossings-fuzz-"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** An endpoint that takes a body, who calls it, and a body it would take. */
    record Target(String method, String path, String caller, String validBody) {
    }

    @Test
    void any_body_to_any_writing_endpoint_is_answered_without_a_5xx_and_a_4xx_writes_nothing() throws Exception {
        List<Target> targets = targets();
        for (int i = 0; i < CASES; i++) {
            Target target = cases.pick(targets);
            String sent = cases.body(target.validBody());
            HttpRequest.Builder request = request(target.path(), target.caller())
                    .method(target.method(), HttpRequest.BodyPublishers.ofString(sent));
            cases.contentType().ifPresent(type -> request.header("Content-Type", type));
            cases.idempotencyKey().ifPresent(key -> request.header("Idempotency-Key", key));
            assertAnsweredWell(request, target.method() + " " + target.path() + " " + sent);
        }
        assertStillApplying();
    }

    @Test
    void any_path_or_query_value_is_answered_without_a_5xx() throws Exception {
        for (int i = 0; i < CASES; i++) {
            String path = cases.readPath();
            assertAnsweredWell(request(path, "operator-monitoring").GET(), "GET " + path);
        }
        assertStillApplying();
    }

    private void assertAnsweredWell(HttpRequest.Builder request, String sent) throws Exception {
        long before = server.bean(LogWriter.class).size();
        HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        String what = "seed " + cases.seed() + ": " + abbreviated(sent) + " -> " + answer.statusCode() + " "
                + abbreviated(answer.body());
        assertThat(answer.statusCode()).as(what).isLessThan(500);
        assertThat(answer.body()).as(what).doesNotContain("org.crossings", "java.", "tools.jackson", "Exception");
        if (answer.statusCode() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type")).as(what)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).as(what).isEqualTo(answer.statusCode());
            assertThat(problem.path("title").asString()).as(what).isNotBlank();
            assertThat(problem.path("type").asString()).as(what)
                    .matches(DocumentedProblems::documents, "a type that the OpenAPI document lists");
            assertThat(server.bean(LogWriter.class).size()).as("a 4xx wrote nothing: " + what).isEqualTo(before);
        }
    }

    private static List<Target> targets() {
        String mrz = Passports.ordinary("FRA", "MARTIN", "CLAIRE");
        String direction = "{\"from\": \"AM-MARGARA\", \"to\": \"TR-ALICAN\"}";
        return List.of(
                new Target("POST", "/api/preregistrations", null, """
                        {"mrz": %s, "purpose": "tourism", "crossingPoint": "MARGARA-ALICAN", "direction": %s,
                         "travelDate": "%s"}""".formatted(quote(mrz), direction, LocalDate.now().plusDays(1))),
                new Target("POST", "/api/intake", "arm-officer-margara", """
                        {"mrz": %s, "purpose": "official", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                        .formatted(quote(mrz), direction)),
                new Target("POST", "/api/cases/K7QM2XD4HRG/decisions", "arm-officer-margara",
                        "{\"step\": \"exit\", \"outcome\": \"allowed\"}"),
                new Target("POST", "/api/eligibility", "operator-front-office", """
                        {"crossingPoint": "MARGARA-ALICAN", "direction": %s, "at": "2025-03-22T10:00:00Z",
                         "traveller": {"nationality": "FRA", "document": "P"}}""".formatted(direction)),
                new Target("POST", "/api/agreements", "arm-signatory", "{\"id\": \"FUZZ-1\", \"proposer\": \"ARM\","
                        + " \"terms\": " + SampleTerms.forCitizensOf("ISL", "P") + "}"),
                new Target("POST", "/api/agreements/NO-SUCH/versions/1/signatures", "arm-signatory",
                        "{\"party\": \"ARM\", \"withNodeKey\": true}"),
                new Target("POST", "/api/agreements/NO-SUCH/suspension", "arm-signatory",
                        "{\"party\": \"ARM\", \"reason\": \"road works\"}"),
                new Target("POST", "/api/me/tokens", "eu-observer", "{\"label\": \"fuzz\"}"));
    }

    private static HttpRequest.Builder request(String path, String caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url(path));
        if (caller != null) {
            request.header("Authorization", "Bearer " + TOKENS.computeIfAbsent(caller, name -> server
                    .bean(People.class).issueToken(Username.of(name), "fuzz", Instant.now()).secret().value()));
        }
        return request;
    }

    /** After thousands of bad requests the node is caught up with its log, with nothing set aside. */
    private static void assertStillApplying() {
        JsonNode health = JSON.readTree(server.get("/health").body());
        assertThat(health.path("log").path("lag").asLong()).as(health.toString()).isZero();
        assertThat(health.path("log").path("setAside").asLong()).as(health.toString()).isZero();
    }

    static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Makes a URL-safe path out of any text. */
    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

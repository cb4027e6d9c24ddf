package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.crossings.server.RunningServer;
import org.crossings.server.agreement.application.SampleTerms;
import org.crossings.server.people.People;
import org.crossings.server.people.Person;
import org.crossings.server.people.Role;
import org.crossings.server.people.RoleGrant;
import org.crossings.server.people.Username;
import org.crossings.server.travel.Passports;
import org.crossings.tlog.log.LogWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every problem type that the OpenAPI document lists, asked of the running server: for each type one request that
 * a client could send, and the answer is a problem of exactly that type, with the status the document gives it. With
 * the checks of the fuzz and malformed-request suites (every problem they see has a listed type), the list and the
 * server agree both ways. On a server of its own with low limits, so that rate limits and pauses are quick to reach.
 */
class ProblemTypesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String DIRECTION = "{\"from\": \"AM-MARGARA\", \"to\": \"TR-ALICAN\"}";
    /** Shown elsewhere, because they need the node's database or its log writer taken away. */
    private static final Map<String, String> SHOWN_ELSEWHERE = Map.of(
            "database-unavailable", "DatabaseOutageTest",
            "node-overloaded", "SheddingWritesTest",
            "journal-unavailable", "ProblemTypesTest.a_node_whose_log_writer_stopped_answers_journal_unavailable");
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @TempDir
    static Path data;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(data, "--crossings.preregistration.per-address=2/PT1H",
                "--crossings.signin.account-failures=2", "--crossings.signin.pause=PT10M");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_listed_type_is_asked_of_the_server_here_or_in_a_named_test() {
        Set<String> asked = new TreeSet<>(catalogue().keySet());
        asked.addAll(SHOWN_ELSEWHERE.keySet());

        assertThat(asked).containsExactlyInAnyOrderElementsOf(DocumentedProblems.types().stream()
                .map(type -> type.substring(Problem.TYPES.length())).toList());
    }

    @TestFactory
    Stream<DynamicTest> each_listed_type_is_what_the_server_answers_to_its_request() {
        return catalogue().entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Answer answer = entry.getValue().call();
            assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("type").asString()).as(answer.body()).isEqualTo(Problem.TYPES + entry.getKey());
            assertThat(problem.path("status").asInt()).isEqualTo(answer.status()).isBetween(400, 599);
            assertThat(problem.path("detail").asString()).isNotBlank();
            assertThat(answer.headers()).as("the headers of every answer")
                    .containsKeys("content-security-policy", "x-content-type-options", "referrer-policy");
        }));
    }

    @Test
    void a_node_whose_log_writer_stopped_answers_journal_unavailable_and_acknowledges_nothing(@TempDir Path own)
            throws Exception {
        try (RunningServer stopped = RunningServer.start(own)) {
            LogWriter writer = stopped.bean(LogWriter.class);
            long size = writer.size();
            writer.close();

            String token = stopped.bean(People.class).issueToken(Username.of("arm-officer-margara"), "stopped",
                    Instant.now()).secret().value();
            HttpResponse<String> answer = exchange(HttpRequest.newBuilder(stopped.url("/api/intake"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString(intake())));

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(JSON.readTree(answer.body()).path("type").asString())
                    .isEqualTo(Problem.TYPES + "journal-unavailable").matches(DocumentedProblems::documents);
            assertThat(writer.size()).isEqualTo(size);
        }
    }

    /** One request per problem type, in the order of the document. */
    private static Map<String, Request> catalogue() {
        Map<String, Request> requests = new LinkedHashMap<>();
        requests.put("agreement-refused", () -> {
            String id = "PT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            Answer proposed = send(post("/api/agreements", "arm-signatory", proposal(id)));
            assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
            return send(post("/api/agreements/" + id + "/suspension", "arm-signatory",
                    "{\"party\": \"ARM\", \"reason\": \"road works\"}"));
        });
        requests.put("bad-idempotency-key", () -> send(post("/api/intake", "arm-officer-margara", intake())
                .header("Idempotency-Key", "\"")));
        requests.put("bad-input", () -> send(post("/api/intake", "arm-officer-margara",
                intake().replace("\"official\"", "\"sightseeing\""))));
        requests.put("bad-mrz", () -> send(post("/api/intake", "arm-officer-margara",
                intake(JSON.writeValueAsString("P<FRA")))));
        requests.put("bad-request", () -> raw("GET /api/parties HTTP/1.1\r\nConnection: close\r\n\r\n"));
        requests.put("bad-terms", () -> send(post("/api/agreements", "arm-signatory",
                "{\"id\": \"PT-BAD-TERMS\", \"proposer\": \"ARM\", \"terms\": " + SampleTerms.badTerms() + "}")));
        requests.put("body-too-large", () -> send(post("/api/intake", "arm-officer-margara",
                "{\"mrz\": \"" + "A".repeat(70_000) + "\"}")));
        requests.put("case-conflict", () -> {
            String reference = takeIn();
            assertThat(send(decide(reference, "arm-officer-margara", "exit")).status()).isEqualTo(201);
            return send(decide(reference, "arm-officer-margara", "exit"));
        });
        requests.put("csrf", () -> {
            Person signatory = TestPeople.add(server, "signatory", "ARM", "no token in the form",
                    RoleGrant.of(Role.AGREEMENT_SIGNATORY));
            Browser browser = new Browser(server, Map.of());
            assertThat(browser.signIn(signatory.username().value(), "no token in the form").statusCode()).isEqualTo(302);
            return Answer.of(browser.postForm("/logout", Map.of(), "application/json"));
        });
        requests.put("forbidden", () -> send(post("/api/intake", "eu-observer", intake())));
        requests.put("idempotency-key-in-flight", () -> {
            String key = "\"in-flight-" + UUID.randomUUID() + "\"";
            String body = intake();
            assertThat(send(post("/api/intake", "arm-officer-margara", body).header("Idempotency-Key", key))
                    .status()).isEqualTo(201);
            // the row of a request still being answered: as the first request's is until its answer is kept
            server.bean(JdbcClient.class).sql("UPDATE idempotent_requests SET status = NULL WHERE key = ?")
                    .param(key.substring(1, key.length() - 1)).update();
            return send(post("/api/intake", "arm-officer-margara", body).header("Idempotency-Key", key));
        });
        requests.put("idempotency-key-reused", () -> {
            String key = "\"reused-" + UUID.randomUUID() + "\"";
            assertThat(send(post("/api/intake", "arm-officer-margara", intake()).header("Idempotency-Key", key))
                    .status()).isEqualTo(201);
            return send(post("/api/intake", "arm-officer-margara", intake().replace("official", "tourism"))
                    .header("Idempotency-Key", key));
        });
        requests.put("invalid-token", () -> send(HttpRequest.newBuilder(server.url("/api/me"))
                .header("Authorization", "Bearer not-a-token").GET()));
        requests.put("method-not-allowed", () -> raw(RawHttp.request("TRACE /api/parties HTTP/1.1")));
        requests.put("not-acceptable", () -> send(HttpRequest.newBuilder(server.url("/api/parties"))
                .header("Accept", "image/png").GET()));
        requests.put("not-eligible", () -> send(preregistration(Passports.ordinary("FRA", "MARTIN", "CLAIRE"),
                LocalDate.now().plusYears(2))));
        requests.put("not-found", () -> send(HttpRequest.newBuilder(server.url("/api/entries/99999999/payload")).GET()
                .header("Authorization", "Bearer " + token("eu-observer"))));
        requests.put("not-yours", () -> send(decide(takeIn(), "tur-officer-alican", "exit")));
        requests.put("request-rejected", () -> raw(RawHttp.request("GET /api/parties;x=1 HTTP/1.1")));
        requests.put("sign-in-failed", () -> signIn("sign-in-failed", 1));
        requests.put("sign-in-paused", () -> signIn("sign-in-paused", 3));
        requests.put("sign-in-required", () -> send(HttpRequest.newBuilder(server.url("/api/me")).GET()));
        requests.put("too-many-requests", () -> {
            Answer answer = null;
            for (int i = 0; i < 3 && (answer == null || answer.status() != 429); i++) {
                answer = send(preregistration(Passports.ordinary("FRA", "MARTIN", "CLAIRE"), LocalDate.now().plusDays(1)));
            }
            return answer;
        });
        requests.put("unknown-agreement", () -> send(HttpRequest.newBuilder(server.url("/api/agreements/NO-SUCH"))
                .GET().header("Authorization", "Bearer " + token("operator-monitoring"))));
        requests.put("unknown-case", () -> send(HttpRequest.newBuilder(server.url("/api/cases/K7QM2XD4HRG"))
                .GET().header("Authorization", "Bearer " + token("arm-officer-margara"))));
        requests.put("unsupported-media-type", () -> send(post("/api/intake", "arm-officer-margara", intake())
                .setHeader("Content-Type", "text/plain")));
        return requests;
    }

    @FunctionalInterface
    interface Request {
        Answer call() throws Exception;
    }

    /** What came back, from either client; header names in lower case. */
    record Answer(int status, String contentType, String body, Map<String, List<String>> headers) {

        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers().map());
        }
    }

    private static String takeIn() throws Exception {
        Answer taken = send(post("/api/intake", "arm-officer-margara", intake()));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        return JSON.readTree(taken.body()).path("reference").asString();
    }

    private static HttpRequest.Builder decide(String reference, String officer, String step) {
        return post("/api/cases/" + reference + "/decisions", officer,
                "{\"step\": \"" + step + "\", \"outcome\": \"allowed\"}");
    }

    private static Answer signIn(String who, int failures) {
        Browser browser = new Browser(server, Map.of());
        Answer last = null;
        for (int i = 0; i < failures; i++) {
            last = Answer.of(browser.postForm("/login", Map.of("username", "arm-officer-akhurik-" + who,
                    "password", "wrong", "_csrf", browser.csrfOf("/login")), "application/json"));
        }
        return last;
    }

    private static HttpRequest.Builder preregistration(String mrz, LocalDate day) {
        return HttpRequest.newBuilder(server.url("/api/preregistrations")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"mrz": %s, "purpose": "tourism", "crossingPoint": "MARGARA-ALICAN", "direction": %s,
                         "travelDate": "%s"}""".formatted(JSON.writeValueAsString(mrz), DIRECTION, day)));
    }

    private static String intake() {
        return intake(JSON.writeValueAsString(Passports.ordinary("NLD", "JANSEN", "SANNE")));
    }

    private static String intake(String mrz) {
        return """
                {"mrz": %s, "purpose": "official", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                .formatted(mrz, DIRECTION);
    }

    private static String proposal(String id) {
        return "{\"id\": \"" + id + "\", \"proposer\": \"ARM\", \"terms\": " + SampleTerms.forCitizensOf("CHE", "P") + "}";
    }

    private static HttpRequest.Builder post(String path, String caller, String body) {
        return HttpRequest.newBuilder(server.url(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(caller)).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String token(String caller) {
        return TOKENS.computeIfAbsent(caller, name -> server.bean(People.class)
                .issueToken(Username.of(name), "problem types", Instant.now()).secret().value());
    }

    private static Answer send(HttpRequest.Builder request) throws Exception {
        return Answer.of(exchange(request));
    }

    private static HttpResponse<String> exchange(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request as bytes, as a hostile client sends it. */
    private static Answer raw(String request) {
        RawHttp.Response response = new RawHttp(server.base()).send(request);
        return new Answer(response.status(), response.header("Content-Type").orElse(""), response.body(),
                response.headers());
    }
}

package org.crossings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.crossings.tlog.log.LogWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Random and mutated requests to every endpoint that takes input, as a careless or hostile client would send them:
 * bodies (random JSON, valid bodies with a member replaced, removed, doubled or added, raw bytes), path values and
 * query values, content types and {@code Idempotency-Key} headers. Whatever comes, the node never answers 5xx, every
 * 4xx is an RFC 9457 problem that names no internal class, a 4xx writes nothing to the log, and afterwards the node
 * still applies entries. On a node of its own, so that the log's size tells exactly what each request wrote.
 */
class HttpFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int TRIES = 1_000;
    private static RunningServer server;
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeContainer
    static void start() throws Exception {
        server = RunningServer.start(Files.createTempDirectory("crossings-fuzz-"));
    }

    @AfterContainer
    static void stop() {
        if (server != null) {
            assertStillApplying();
            server.close();
        }
    }

    /** An endpoint that takes a body, who calls it, and a body it would take. */
    record Target(String method, String path, String caller, String validBody) {
    }

    @Property(tries = TRIES)
    void any_body_to_any_writing_endpoint_is_answered_without_a_5xx_and_a_4xx_writes_nothing(
            @ForAll("targets") Target target, @ForAll("bodies") Body body, @ForAll("contentTypes") String type,
            @ForAll("idempotencyKeys") String key) throws Exception {
        String sent = body.applyTo(target.validBody());
        HttpRequest.Builder request = request(target.path(), target.caller())
                .method(target.method(), HttpRequest.BodyPublishers.ofString(sent));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        assertAnsweredWell(request, sent);
    }

    @Property(tries = TRIES)
    void any_path_or_query_value_is_answered_without_a_5xx(@ForAll("readPaths") String path) throws Exception {
        assertAnsweredWell(request(path, "operator-monitoring").GET(), path);
    }

    private static void assertAnsweredWell(HttpRequest.Builder request, String sent) throws Exception {
        long before = server.bean(LogWriter.class).size();
        HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        String what = "sent " + abbreviated(sent) + " -> " + answer.statusCode() + " " + abbreviated(answer.body());
        assertThat(answer.statusCode()).as(what).isLessThan(500);
        assertThat(answer.body()).as(what).doesNotContain("org.crossings", "java.", "tools.jackson", "Exception");
        if (answer.statusCode() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type")).as(what)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.path("status").asInt()).as(what).isEqualTo(answer.statusCode());
            assertThat(problem.path("title").asString()).as(what).isNotBlank();
            assertThat(server.bean(LogWriter.class).size()).as("a 4xx wrote nothing: " + what).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<Target> targets() {
        String mrz = org.crossings.server.travel.Passports.ordinary("FRA", "MARTIN", "CLAIRE");
        String direction = "{\"from\": \"AM-MARGARA\", \"to\": \"TR-ALICAN\"}";
        return Arbitraries.of(
                new Target("POST", "/api/preregistrations", null, """
                        {"mrz": %s, "purpose": "tourism", "crossingPoint": "MARGARA-ALICAN", "direction": %s,
                         "travelDate": "%s"}""".formatted(quote(mrz), direction, java.time.LocalDate.now())),
                new Target("POST", "/api/intake", "arm-officer-margara", """
                        {"mrz": %s, "purpose": "official", "crossingPoint": "MARGARA-ALICAN", "direction": %s}"""
                        .formatted(quote(mrz), direction)),
                new Target("POST", "/api/cases/K7QM2XD4HRG/decisions", "arm-officer-margara",
                        "{\"step\": \"exit\", \"outcome\": \"allowed\"}"),
                new Target("POST", "/api/eligibility", "operator-front-office", """
                        {"crossingPoint": "MARGARA-ALICAN", "direction": %s, "at": "2025-03-22T10:00:00Z",
                         "traveller": {"nationality": "FRA", "document": "P"}}""".formatted(direction)),
                new Target("POST", "/api/agreements", "arm-signatory", """
                        {"id": "FUZZ-1", "proposer": "ARM", "terms": {"title": "t", "parties": ["ARM", "TUR"],
                         "passages": ["MARGARA-ALICAN"], "directions": [%s],
                         "travellers": {"nationalities": ["FRA"], "documents": ["P"]},
                         "window": {"from": "2030-01-01T00:00:00Z", "until": "2030-02-01T00:00:00Z"},
                         "fees": [{"amount": "5.00", "currency": "EUR", "per": "traveller"}]}}"""
                        .formatted(direction)),
                new Target("POST", "/api/agreements/NO-SUCH/versions/1/signatures", "arm-signatory",
                        "{\"party\": \"ARM\", \"withNodeKey\": true}"),
                new Target("POST", "/api/agreements/NO-SUCH/suspension", "arm-signatory",
                        "{\"party\": \"ARM\", \"reason\": \"road works\"}"),
                new Target("POST", "/api/me/tokens", "eu-observer", "{\"label\": \"fuzz\"}"));
    }

    /** How a body is made from a valid one. */
    interface Body {
        String applyTo(String valid);
    }

    @Provide
    Arbitrary<Body> bodies() {
        Arbitrary<Body> random = json(3).map(text -> valid -> text);
        Arbitrary<Body> replaced = Combinators.combine(Arbitraries.integers().between(0, 20), scalars())
                .as((which, value) -> valid -> FuzzedJson.replaceMember(valid, which, value));
        Arbitrary<Body> removed = Arbitraries.integers().between(0, 20)
                .map(which -> valid -> FuzzedJson.removeMember(valid, which));
        Arbitrary<Body> doubled = Arbitraries.integers().between(0, 20)
                .map(which -> valid -> FuzzedJson.doubleMember(valid, which));
        Arbitrary<Body> added = scalars().map(value -> valid -> FuzzedJson.addMember(valid, "unexpected", value));
        Arbitrary<Body> cut = Arbitraries.integers().between(0, 400)
                .map(at -> valid -> valid.substring(0, Math.min(at, valid.length())));
        Arbitrary<Body> bytes = Arbitraries.strings().ofMaxLength(300).map(text -> valid -> text);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, random), net.jqwik.api.Tuple.of(5, replaced),
                net.jqwik.api.Tuple.of(2, removed), net.jqwik.api.Tuple.of(1, doubled),
                net.jqwik.api.Tuple.of(1, added), net.jqwik.api.Tuple.of(1, cut), net.jqwik.api.Tuple.of(1, bytes));
    }

    /** JSON text of the values a careless or hostile client sends: huge, tiny, odd numbers; control characters. */
    @Provide
    Arbitrary<String> scalars() {
        Arbitrary<String> odd = Arbitraries.of("1e-1000000000", "1e2147483648", "-0", "0x10", "1.5", "-1", "9223372036854775808",
                        "99999999999999999999999999", "1e308", "NaN", "null", "true", "[]", "{}", "\"\"",
                        "\"\\u0000\"", "\"\\ud800\"", "\"\\u0085\"", "\"9999-12-31T23:59:59Z\"",
                        "\"+1000000000-01-01\"", "\"2025-02-30\"", "\"0x10\"", "\"1e-1000000000\"",
                        "\"../../etc\"", "\"%00\"", "\"<script>\"", "\"" + "A".repeat(10_000) + "\"");
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(60).map(HttpFuzzTest::quote);
        Arbitrary<String> whole = Arbitraries.longs().map(n -> Long.toString(n));
        Arbitrary<String> real = Arbitraries.doubles().map(d -> Double.toString(d));
        return Arbitraries.oneOf(List.of(odd, text, whole, real));
    }

    private Arbitrary<String> json(int depth) {
        if (depth == 0) {
            return scalars();
        }
        Arbitrary<String> member = Combinators.combine(Arbitraries.strings().ofMaxLength(12), json(depth - 1))
                .as((name, value) -> quote(name) + ": " + value);
        Arbitrary<String> object = member.list().ofMaxSize(5).map(members -> "{" + String.join(", ", members) + "}");
        Arbitrary<String> array = json(depth - 1).list().ofMaxSize(5).map(items -> "[" + String.join(", ", items) + "]");
        return Arbitraries.oneOf(List.of(scalars(), object, array));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just("application/json")),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("text/plain", "application/xml", "application/json; charset=latin1",
                        "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*", ";;;")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)));
    }

    @Provide
    Arbitrary<String> idempotencyKeys() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just((String) null)),
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("\"\"", "\"a\\b\"", "x".repeat(300), "\"unterminated")));
    }

    @Provide
    Arbitrary<String> readPaths() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("0x10", "-1", "+1", "1e3", "99999999999999999999", "%00", "..%2F..", "%2e%2e", "%ff",
                        "0", "007", "K7QM2XD4HRG", "AM-MARGARA", "ARM", "%201", "1;x=1", "%20", "%C3%A9"),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(30)
                        .map(text -> java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)));
        Arbitrary<String> template = Arbitraries.of("/api/cases/%s", "/api/entries/%s/payload",
                "/api/posts/%s/queue", "/api/posts/AM-MARGARA/queue?limit=%s", "/api/statistics?from=%s",
                "/api/statistics?until=%s", "/api/findings?from=%s", "/api/findings?limit=%s",
                "/api/agreements/%s", "/api/agreements/ARM-TUR-2022-THIRD-COUNTRY/versions/%s",
                "/api/cases/K7QM2XD4HRG/receipts/%s", "/api/parties/%s", "/api/parties/%s/keys", "/api/posts/%s",
                "/log/tile/0/%s", "/log/tile/entries/%s", "/log/tile/%s/000");
        return Combinators.combine(template, value).as((t, v) -> t.formatted(v));
    }

    private static HttpRequest.Builder request(String path, String caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url(path));
        if (caller != null) {
            request.header("Authorization", "Bearer " + TOKENS.computeIfAbsent(caller, name -> server
                    .bean(People.class).issueToken(Username.of(name), "fuzz", Instant.now()).secret().value()));
        }
        return request;
    }

    /** After thousands of bad requests the node still takes a write and applies it. */
    private static void assertStillApplying() {
        var health = JSON.readTree(server.get("/health").body());
        assertThat(health.path("log").path("lag").asLong()).isZero();
        assertThat(health.path("log").path("setAside").asLong()).isZero();
    }

    private static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}

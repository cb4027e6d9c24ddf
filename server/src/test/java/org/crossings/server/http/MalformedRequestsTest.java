package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.server.http.RawHttp.request;
import static org.crossings.server.http.RawHttp.withBody;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.crossings.server.RunningServer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever a client sends, it gets a 4xx RFC 9457 problem that says what was wrong, with the headers of every answer,
 * and never a Java class name or a stack trace: requests that Tomcat refuses before any filter, that Spring
 * Security's firewall refuses before any rule, and that Spring MVC refuses before any route. Sent as raw bytes, since
 * an HTTP client library would mend most of them before they left.
 */
class MalformedRequestsTest {

    private static final String JSON = "application/json";
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final RawHttp http = new RawHttp(RunningServer.shared().base());

    /** Each request, by what is wrong with it, with the status it must get. */
    private static Map<String, Case> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        // refused by Spring Security's firewall: paths that are not in normal form
        cases.put("a double slash", new Case(request("GET // HTTP/1.1"), 400));
        cases.put("a path parameter", new Case(request("GET /api/parties;x=1 HTTP/1.1"), 400));
        cases.put("an encoded dot segment", new Case(request("GET /api/%2e%2e/x HTTP/1.1"), 400));
        cases.put("a dot-dot segment", new Case(request("GET /api/../x HTTP/1.1"), 400));
        cases.put("an encoded percent", new Case(request("GET /api/parties/%25 HTTP/1.1"), 400));
        cases.put("an encoded semicolon", new Case(request("GET /api/parties/x%3Bj HTTP/1.1"), 400));
        cases.put("a method no one knows", new Case(request("FOO /api/parties HTTP/1.1"), 400));
        // refused by Tomcat before any filter
        cases.put("an encoded slash after dots", new Case(request("GET /..%2F HTTP/1.1"), 400));
        cases.put("an encoded slash", new Case(request("GET /api/parties/%2F HTTP/1.1"), 400));
        cases.put("an encoded NUL", new Case(request("GET /%00 HTTP/1.1"), 400));
        cases.put("bad percent-encoding", new Case(request("GET /api/%zz HTTP/1.1"), 400));
        cases.put("percent-encoding that is not UTF-8", new Case(request("GET /api/%c3%28 HTTP/1.1"), 400));
        cases.put("an encoded backslash", new Case(request("GET /api/parties%5C HTTP/1.1"), 400));
        cases.put("a space in the path", new Case(request("GET /a b HTTP/1.1"), 400));
        cases.put("a method that is not a token", new Case(request("G@T /api/parties HTTP/1.1"), 400));
        cases.put("a request line that is not HTTP", new Case("GARBAGE\r\n\r\n", 400));
        cases.put("no Host header", new Case("GET /api/parties HTTP/1.1\r\nConnection: close\r\n\r\n", 400));
        cases.put("a control character in a header name", new Case(request("GET /api/parties HTTP/1.1",
                "X-Bad\u0001Header: v"), 400));
        cases.put("a header too large", new Case(request("GET /api/parties HTTP/1.1", "X-Big: " + "a".repeat(20_000)),
                400));
        cases.put("a path too long", new Case(request("GET /api/" + "a".repeat(20_000) + " HTTP/1.1"), 400));
        cases.put("a Content-Length that is not a number", new Case(request("POST /api/preregistrations HTTP/1.1",
                "Content-Type: " + JSON, "Content-Length: abc") + "{}", 400));
        cases.put("bad chunked encoding", new Case(request("POST /api/preregistrations HTTP/1.1",
                "Content-Type: " + JSON, "Transfer-Encoding: chunked") + "zz\r\n{}\r\n0\r\n\r\n", 400));
        // refused in the servlet container
        cases.put("a query that is not percent-encoded right", new Case(
                request("GET /api/statistics?from=%zz HTTP/1.1"), 400));
        cases.put("TRACE", new Case(request("TRACE /api/parties HTTP/1.1"), 405));
        // refused by Spring MVC before the route runs
        cases.put("an Accept no route answers", new Case(request("GET /api/parties HTTP/1.1", "Accept: text/plain"),
                406));
        cases.put("a body in a type the route does not take", new Case(
                withBody("POST /api/preregistrations HTTP/1.1", "text/plain", "hello"), 415));
        cases.put("a body without a Content-Type", new Case(request("POST /api/preregistrations HTTP/1.1",
                "Content-Length: 2") + "{}", 415));
        cases.put("no body", new Case(withBody("POST /api/preregistrations HTTP/1.1", JSON, ""), 400));
        cases.put("a body that is not JSON", new Case(withBody("POST /api/preregistrations HTTP/1.1", JSON, "{bad"),
                400));
        cases.put("a body cut short", new Case(withBody("POST /api/preregistrations HTTP/1.1", JSON,
                "{\"mrz\": \"P<"), 400));
        cases.put("an array for a string", new Case(withBody("POST /api/preregistrations HTTP/1.1", JSON,
                "{\"mrz\": [\"P<\"]}"), 400));
        cases.put("a string for an object", new Case(withBody("POST /api/preregistrations HTTP/1.1", JSON,
                "{\"direction\": \"north\"}"), 400));
        cases.put("an array for the body", new Case(withBody("POST /api/preregistrations HTTP/1.1", JSON, "[1]"), 400));
        cases.put("a number for a member of a member", new Case(withBody("POST /api/preregistrations HTTP/1.1", JSON,
                "{\"direction\": {\"from\": {}}}"), 400));
        return cases;
    }

    record Case(String request, int status) {
    }

    @TestFactory
    Stream<DynamicTest> every_malformed_request_gets_a_problem_that_names_no_java_class() {
        return cases().entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
            RawHttp.Response response = http.send(c.getValue().request());

            assertThat(response.status()).as(response.body()).isEqualTo(c.getValue().status()).isBetween(400, 499);
            assertThat(response.header("Content-Type")).hasValue("application/problem+json");
            assertThat(response.header("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.header("Content-Security-Policy")).hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertIsAProblemOfCrossings(response.body(), response.status());
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_json_body_of_the_wrong_shape_is_named_by_its_member_and_value() {
        return Stream.of(
                new String[] {"{\"mrz\": [\"P<\"]}", "mrz must be a string, not an array"},
                new String[] {"{\"direction\": \"north\"}", "direction must be an object, not the string \"north\""},
                new String[] {"{\"direction\": {\"from\": {}}}", "direction.from must be a string, not an object"},
                new String[] {"[1]", "the body must be an object, not an array"},
                new String[] {"{bad", "the body is not valid JSON at line 1, column 2"},
                new String[] {"", "the request needs a JSON body"}
        ).map(c -> DynamicTest.dynamicTest(c[0].isEmpty() ? "(no body)" : c[0], () -> {
            RawHttp.Response response = http.send(withBody("POST /api/preregistrations HTTP/1.1", JSON, c[0]));

            assertThat(response.status()).isEqualTo(400);
            assertThat(MAPPER.readTree(response.body()).path("detail").asString()).startsWith(c[1]);
        }));
    }

    /** A problem document of Crossings' own: its type, title, status and a detail, and nothing of Java in it. */
    static void assertIsAProblemOfCrossings(String body, int status) {
        assertThat(body).doesNotContain("org.crossings", "java.", "tools.jackson", "jakarta.", "Exception",
                "\tat ", "<html");
        JsonNode problem = MAPPER.readTree(body);
        assertThat(problem.path("type").asString()).startsWith(Problem.TYPES)
                .matches(DocumentedProblems::documents, "a type that the OpenAPI document lists");
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asString()).isNotBlank();
    }
}

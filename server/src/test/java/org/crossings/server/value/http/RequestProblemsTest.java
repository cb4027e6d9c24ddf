package org.crossings.server.value.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.crossings.server.RunningServer;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.crossings.tlog.log.LogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Known bad requests, one fixture file each ({@code bad-requests/<class>/}), against every route they reach on the real
 * server: each is a small problem naming the field, and nothing is written to the log.
 */
class RequestProblemsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /** An answer that names the field and quotes an excerpt fits in this, however large the input. */
    private static final int SMALL = 2048;

    private final RunningServer server = RunningServer.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    static Stream<RequestFixture> numbers() {
        return RequestFixture.of("numbers");
    }

    static Stream<RequestFixture> money() {
        return RequestFixture.of("money");
    }

    static Stream<RequestFixture> dates() {
        return RequestFixture.of("dates");
    }

    static Stream<RequestFixture> text() {
        return RequestFixture.of("text");
    }

    static Stream<RequestFixture> json() {
        return RequestFixture.of("json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void a_number_in_a_path_or_query_is_plain_decimal_or_the_problem_names_the_parameter(RequestFixture fixture) {
        assertRefusedNamingTheField(fixture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("money")
    void an_amount_is_a_plain_decimal_in_its_currencys_minor_units_or_the_problem_names_it(RequestFixture fixture) {
        assertRefusedNamingTheField(fixture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void a_day_or_instant_is_strict_iso_8601_within_its_range_or_the_problem_names_it(RequestFixture fixture) {
        assertRefusedNamingTheField(fixture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("text")
    void text_without_control_characters_within_its_length_or_the_problem_names_the_field(RequestFixture fixture) {
        assertRefusedNamingTheField(fixture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("json")
    void a_body_is_strict_json_of_the_members_the_route_takes_or_the_problem_names_the_member(RequestFixture fixture) {
        assertRefusedNamingTheField(fixture);
    }

    @Test
    void a_json_body_over_64_kib_is_a_413_whether_its_length_is_declared_or_not() {
        byte[] body = ("{\"purpose\": \"" + "x".repeat(100 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        long size = logSize();

        HttpResponse<String> declared = send(json("/api/preregistrations", HttpRequest.BodyPublishers.ofByteArray(body)));
        HttpResponse<String> chunked = send(json("/api/preregistrations",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        for (HttpResponse<String> response : java.util.List.of(declared, chunked)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("problem+json");
            assertThat(problem(response).path("limit").asLong()).isEqualTo(64 * 1024);
            assertThat(response.body().length()).isLessThan(SMALL);
        }
        assertThat(logSize()).isEqualTo(size);
    }

    @Test
    void a_form_over_64_kib_is_a_413_at_the_desk_and_at_pre_registration() {
        String form = "mrz=" + "x".repeat(100 * 1024);
        long size = logSize();

        HttpResponse<String> desk = send(form("/desk/intake", "arm-officer-margara", form));
        HttpResponse<String> preregistration = send(form("/preregister", null, form));

        assertThat(desk.statusCode()).isEqualTo(413);
        assertThat(problem(desk).path("type").asString()).endsWith("/body-too-large");
        assertThat(preregistration.statusCode()).isEqualTo(413); // refused in the sign-in filters, before any route
        assertThat(desk.body().length() + preregistration.body().length()).isLessThan(SMALL);
        assertThat(logSize()).isEqualTo(size);
    }

    @Test
    void a_problem_quotes_at_most_a_short_excerpt_of_a_long_path() {
        HttpResponse<String> response = send(request("/api/agreements/" + "A".repeat(7000), "operator-front-office")
                .GET().build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body().length()).isLessThan(SMALL);
    }

    private void assertRefusedNamingTheField(RequestFixture fixture) {
        long size = logSize();

        HttpResponse<String> response = send(fixture);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(fixture.status());
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
        assertThat(problem(response).path("detail").asString()).as(response.body()).contains(fixture.field());
        assertThat(response.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(SMALL);
        assertThat(logSize()).as("entries in the log").isEqualTo(size);
    }

    private HttpResponse<String> send(RequestFixture fixture) {
        HttpRequest.Builder request = request(fixture.path(), fixture.as().orElse(null));
        if (fixture.body().isEmpty()) {
            return send(request.method(fixture.method(), HttpRequest.BodyPublishers.noBody()).build());
        }
        return send(request.header("Content-Type", "application/json")
                .method(fixture.method(), HttpRequest.BodyPublishers.ofString(fixture.body())).build());
    }

    private HttpRequest form(String path, String as, String body) {
        return request(path, as).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private HttpRequest json(String path, HttpRequest.BodyPublisher body) {
        return request(path, null).header("Content-Type", "application/json").POST(body).build();
    }

    private HttpRequest.Builder request(String path, String as) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url(path));
        if (as != null) {
            request.header("Authorization", "Bearer " + TOKENS.computeIfAbsent(as, name -> server.bean(People.class)
                    .issueToken(Username.of(name), "request problems tests", Instant.now()).secret().value()));
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

    private static JsonNode problem(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private long logSize() {
        return server.bean(LogWriter.class).size();
    }
}

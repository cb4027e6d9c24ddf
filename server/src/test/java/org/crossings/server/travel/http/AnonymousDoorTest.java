package org.crossings.server.travel.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.crossings.server.ParallelClients;
import org.crossings.server.RunningServer;
import org.crossings.server.travel.Passports;
import org.crossings.tlog.log.LogWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The anonymous door's limits, with real clients at once from two addresses (127.0.0.2 and 127.0.0.3, both this
 * machine), on a server of its own limited to 3 pre-registrations an hour per address and 5 for everyone: past a
 * limit the answer is 429, an RFC 9457 problem with {@code Retry-After}, and nothing is kept.
 */
class AnonymousDoorTest {

    @TempDir
    static Path data;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(data, "--crossings.preregistration.per-address=3/PT1H",
                "--crossings.preregistration.overall=5/PT1H");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void past_the_limit_of_its_address_and_then_of_everyone_a_client_is_told_429_with_retry_after_by_api_and_page() throws Exception {
        long logSize = server.bean(LogWriter.class).size();
        long kept = preregistrationsKept();

        List<HttpResponse<String>> first = ParallelClients.atOnce(6, () -> preregister(from("127.0.0.2")));
        List<HttpResponse<String>> second = ParallelClients.atOnce(4, () -> preregister(from("127.0.0.3")));

        assertThat(first).extracting(HttpResponse::statusCode).containsOnly(201, 429)
                .filteredOn(status -> status == 201).hasSize(3);
        assertThat(second).extracting(HttpResponse::statusCode).containsOnly(201, 429)
                .filteredOn(status -> status == 201).as("5 for everyone, 3 of them taken").hasSize(2);
        assertTooMany(first, "from this address: 3 per 1h");
        assertTooMany(second, "from everyone together: 5 per 1h");
        assertThat(preregistrationsKept()).isEqualTo(kept + 5);
        assertThat(server.bean(LogWriter.class).size()).isEqualTo(logSize);

        // The page and a path spelt another way are the same door.
        HttpClient client = from("127.0.0.2");
        var page = client.send(HttpRequest.newBuilder(server.url("/preregister"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("mrz=x")).build(), HttpResponse.BodyHandlers.ofString());
        var encoded = client.send(HttpRequest.newBuilder(server.url("/api/%70reregistrations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("too many pre-registrations from this address");
        assertThat(encoded.statusCode()).isEqualTo(429);
    }

    private static void assertTooMany(List<HttpResponse<String>> answers, String limit) {
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 429).isNotEmpty().allSatisfy(refused -> {
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                    assertThat(Long.parseLong(seconds)).isPositive());
            JsonNode problem = TravelApi.JSON.readTree(refused.body());
            assertThat(problem.path("status").asInt()).isEqualTo(429);
            assertThat(problem.path("type").asString()).endsWith("/too-many-requests");
            assertThat(problem.path("detail").asString()).contains(limit);
        });
    }

    private static HttpClient from(String address) throws IOException {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
    }

    private static HttpResponse<String> preregister(HttpClient client) throws IOException, InterruptedException {
        String body = PreregistrationPrivacyTest.trip(Passports.ordinary("DNK", "JENSEN", "FREJA"),
                LocalDate.now(ZoneOffset.UTC).plusDays(4));
        return client.send(HttpRequest.newBuilder(server.url("/api/preregistrations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long preregistrationsKept() {
        return JdbcClient.create(server.bean(DataSource.class)).sql("SELECT count(*) FROM preregistrations")
                .query(Long.class).single();
    }
}

package org.crossings.server.admission.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.crossings.server.ParallelClients;
import org.crossings.server.RunningServer;
import org.crossings.server.admission.WriteAdmission;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.crossings.server.travel.Passports;
import org.crossings.tlog.log.LogWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node at its limit of writes in flight (here one, held by a client that sends its body slowly) answers further
 * writes at once with 503 and {@code Retry-After}, records nothing for them, and still answers reads; the admitted
 * write succeeds.
 */
class SheddingWritesTest {

    private static final Duration SLOW_BODY = Duration.ofSeconds(2);

    @TempDir
    static Path dataDir;
    private static RunningServer server;
    private static String officer;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startAtOneWriteInFlight() {
        server = RunningServer.start(dataDir, "--crossings.admission.max-in-flight=1",
                "--crossings.admission.max-wait=PT0.05S");
        officer = server.bean(People.class).issueToken(Username.of("arm-officer-margara"), "admission test",
                Instant.now()).secret().value();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void writes_past_the_limit_get_503_with_retry_after_quickly_and_record_nothing_while_the_admitted_one_succeeds()
            throws Exception {
        long before = logSize();
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> slowIntake(body("SLOW")));
        awaitOneWriteInFlight(); // the slow write has its place and is sending its body

        long start = System.nanoTime();
        List<HttpResponse<String>> shed = ParallelClients.atOnce(6,
                () -> intake(HttpRequest.BodyPublishers.ofString(body("FAST"))));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long whileSlow = logSize();
        var read = server.get("/log/checkpoint");

        assertThat(shed).extracting(HttpResponse::statusCode).containsOnly(503);
        assertThat(shed).allSatisfy(answer -> {
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.body()).contains("\"type\":\"https://crossings.example/problems/node-overloaded\"",
                    "\"status\":503");
        });
        assertThat(took).as("shed, not queued").isLessThan(SLOW_BODY.dividedBy(2));
        assertThat(whileSlow).as("nothing recorded for the shed writes").isEqualTo(before);
        assertThat(read.statusCode()).as("reads are not shed").isEqualTo(200);
        assertThat(slow.get()).as("the admitted write").startsWith("HTTP/1.1 201");
        assertThat(logSize()).isEqualTo(before + 1);
        assertThat(metrics()).containsPattern("crossings_admission_shed_total\\{[^}]*} [6-9]");
    }

    private static void awaitOneWriteInFlight() throws InterruptedException {
        WriteAdmission admission = server.bean(WriteAdmission.class);
        long deadline = System.nanoTime() + SLOW_BODY.toNanos() / 2;
        while (admission.inFlight() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(admission.inFlight()).as("the slow write in flight").isEqualTo(1);
    }

    private HttpResponse<String> intake(HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(server.url("/api/intake")).version(HttpClient.Version.HTTP_1_1)
                .header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
                .POST(body).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * An intake sent over a socket of its own: the headers and the body's first half at once, the rest after
     * {@link #SLOW_BODY}, as a client on a slow link sends it. Answers the status line.
     */
    private static String slowIntake(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int half = bytes.length / 2;
        String head = "POST /api/intake HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + officer
                + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket(server.base().getHost(), server.base().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, half);
            out.flush();
            Thread.sleep(SLOW_BODY);
            out.write(bytes, half, bytes.length - half);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return answer.substring(0, answer.indexOf("\r\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String body(String surname) {
        return """
                {"mrz": "%s", "purpose": "official", "crossingPoint": "MARGARA-ALICAN",
                 "direction": {"from": "AM-MARGARA", "to": "TR-ALICAN"}}"""
                .formatted(Passports.ordinary("DEU", surname, "TEST").replace("\n", "\\n"));
    }

    private static long logSize() {
        return server.bean(LogWriter.class).size();
    }

    private static String metrics() {
        String token = server.bean(People.class).issueToken(Username.of("operator-monitoring"), "prometheus",
                Instant.now()).secret().value();
        return server.get("/metrics", token).body();
    }
}

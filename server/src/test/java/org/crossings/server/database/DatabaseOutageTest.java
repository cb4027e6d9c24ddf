package org.crossings.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossings.server.LoggedWrites;
import org.crossings.server.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL alone dies under a running node and comes back: meanwhile the node says it is not ready and answers
 * writes with 503 and {@code Retry-After} within seconds, never hangs and never acknowledges what it did not keep;
 * once the database is back it is ready again and takes writes, without a restart.
 */
class DatabaseOutageTest {

    /** A client that gives up long before a 30-second pool timeout would answer. */
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void a_node_whose_database_died_answers_503_quickly_and_recovers_by_itself_when_it_is_back() throws Exception {
        try (RunningServer server = RunningServer.start(dataDir)) {
            assertThat(LoggedWrites.intake(server).statusCode()).isEqualTo(201);
            long size = logSize(server);
            Path postgres = dataDir.resolve("postgres");
            List<String> command = postmasterCommand(postgres);

            pgCtl(command, postgres, "stop", "-m", "immediate");

            var ready = send(HttpRequest.newBuilder(server.url("/health/ready")).GET());
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("the database does not answer");
            var write = LoggedWrites.intake(server);
            assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
            assertThat(write.headers().firstValue("Retry-After")).isPresent();
            assertThat(write.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(write.body()).contains("\"type\":\"https://crossings.example/problems/database-unavailable\"");
            assertThat(send(HttpRequest.newBuilder(server.url("/health/live")).GET()).statusCode()).isEqualTo(200);

            pgCtl(command, postgres, "start", "-w", "-o", String.join(" ", command.subList(1, command.size())));

            awaitReady(server);
            assertThat(LoggedWrites.intake(server).statusCode()).isEqualTo(201);
            assertThat(logSize(server)).as("the refused write left nothing in the log").isEqualTo(size + 1);
        }
    }

    /** The postmaster's command line, as PostgreSQL wrote it into its data directory. */
    private static List<String> postmasterCommand(Path postgres) throws Exception {
        String opts = Files.readString(postgres.resolve("postmaster.opts")).strip();
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(opts);
        while (word.find()) {
            words.add(word.group(1) != null ? word.group(1) : word.group(2));
        }
        List<String> withoutDataDir = new ArrayList<>(List.of(words.getFirst()));
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).equals("-D")) {
                i++;
            } else {
                withoutDataDir.add(words.get(i));
            }
        }
        return withoutDataDir;
    }

    /** Runs pg_ctl as the embedded PostgreSQL was started: in a user namespace, since PostgreSQL refuses root. */
    private static void pgCtl(List<String> postmaster, Path dataDir, String... args) throws Exception {
        Path pgCtl = Path.of(postmaster.getFirst()).resolveSibling("pg_ctl");
        List<String> command = new ArrayList<>(List.of("unshare", "-U", pgCtl.toString(), "-D", dataDir.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
    }

    private void awaitReady(RunningServer server) throws Exception {
        HttpResponse<String> ready = null;
        for (int i = 0; i < 100; i++) {
            ready = send(HttpRequest.newBuilder(server.url("/health/ready")).GET());
            if (ready.statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready again after the database came back: " + ready.body());
    }

    private long logSize(RunningServer server) {
        return server.bean(org.crossings.tlog.log.LogWriter.class).size();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

}

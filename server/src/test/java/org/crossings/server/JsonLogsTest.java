package org.crossings.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The switch for JSON logs that the README documents: a node started with {@code LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs}
 * writes every line of its standard output as one Elastic Common Schema JSON object, from the first line of start-up
 * (the embedded PostgreSQL's own output among them) to "Started", so that a log shipper never meets a text line.
 * A server process of its own: logging is set up once per JVM.
 */
class JsonLogsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path data;

    @Test
    void with_the_ecs_switch_every_line_a_starting_node_writes_is_an_ecs_json_object() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"),
                CrossingsServer.class.getName(), "--server.port=0", "--server.address=127.0.0.1",
                "--crossings.data-dir=" + data)
                .redirectError(ProcessBuilder.Redirect.DISCARD); // the JVM's own warnings are not the node's log
        builder.environment().put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        Process node = builder.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual().start(() -> read(node, lines, started));
        try {
            assertThat(started.await(120, TimeUnit.SECONDS)).as("the node said it started: " + lines).isTrue();
        } finally {
            node.destroy();
            node.waitFor(60, TimeUnit.SECONDS);
            reader.join(10_000);
        }

        assertThat(lines).hasSizeGreaterThan(5).allSatisfy(line -> {
            assertThat(line).as("a line of the node's output").startsWith("{").endsWith("}");
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.isObject()).as(line).isTrue();
            assertThat(entry.path("@timestamp").asString()).as(line).matches("\\d{4}-\\d\\d-\\d\\dT.*");
            assertThat(entry.path("log").path("level").asString()).as(line).isIn("TRACE", "DEBUG", "INFO", "WARN",
                    "ERROR");
            assertThat(entry.path("ecs").path("version").asString()).as(line).isNotBlank();
            assertThat(entry.has("message")).as(line).isTrue();
        });
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Started CrossingsServer"));
    }

    private static void read(Process node, List<String> lines, CountDownLatch started) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (!line.isBlank()) {
                    lines.add(line);
                }
                if (line.contains("Started CrossingsServer")) {
                    started.countDown();
                }
            }
        } catch (java.io.IOException e) {
            // the stream closes when the node is stopped; what was read is what the test checks
        }
    }
}

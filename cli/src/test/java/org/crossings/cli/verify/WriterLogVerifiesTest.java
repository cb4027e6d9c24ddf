package org.crossings.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crossings.cli.Invocation;
import org.crossings.tlog.log.LogReads;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.log.LogWriterConfig;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.storage.InMemoryLogStorage;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TilePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor accepts what the project's own log writer publishes, served through {@link LogReads}: the writer and
 * the auditor agree on tlog-tiles, built from the same spec by different hands.
 */
class WriterLogVerifiesTest {

    private static final String ORIGIN = "crossings.example/writer-log";

    @TempDir
    Path temp;

    @Test
    void a_log_written_by_the_log_writer_verifies_and_verifies_again_after_it_grows() throws IOException {
        Ed25519NoteSigner key = Ed25519NoteSigner.generate(ORIGIN);
        InMemoryLogStorage storage = new InMemoryLogStorage();
        LogWriterConfig config = LogWriterConfig.defaults(ORIGIN).withCheckpointInterval(Duration.ofHours(1));
        HttpServer server = serve(new LogReads(storage));
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/log/";
        String[] verify = {"verify", url, "--key", key.verifier().verifierKey(), "--state",
                temp.resolve("state").toString()};
        try (LogWriter writer = LogWriter.start(storage, key, config)) {
            writer.appendAll(entries(0, 3_000)).join();
            writer.publish();
            Invocation first = Invocation.of(verify);

            writer.appendAll(entries(3_000, 67_000)).join();
            writer.publish();
            Invocation second = Invocation.of(verify);

            assertThat(first.exitCode()).as(first.toString()).isZero();
            assertThat(second.exitCode()).as(second.toString()).isZero();
            assertThat(second.out()).contains("size 3000 -> 70000, consistent");
        } finally {
            server.stop(0);
        }
    }

    private static List<byte[]> entries(int from, int count) {
        List<byte[]> entries = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            entries.add(("envelope " + i).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    private static HttpServer serve(LogReads reads) throws IOException {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/log/", exchange -> respond(exchange, read(reads,
                exchange.getRequestURI().getPath().substring("/log/".length()))));
        server.start();
        return server;
    }

    private static Optional<byte[]> read(LogReads reads, String path) {
        try {
            if (path.equals("checkpoint")) {
                return reads.checkpoint();
            }
            return path.startsWith("tile/entries/") ? reads.entryBundle(EntryBundlePath.parse(path))
                    : reads.tile(TilePath.parse(path));
        } catch (IllegalArgumentException notATlogPath) {
            return Optional.empty();
        }
    }

    private static void respond(HttpExchange exchange, Optional<byte[]> body) throws IOException {
        try (exchange) {
            if (body.isEmpty()) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.get().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body.get());
            }
        }
    }
}

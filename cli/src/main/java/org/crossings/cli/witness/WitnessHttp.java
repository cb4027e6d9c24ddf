package org.crossings.cli.witness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.witness.Witness;
import org.crossings.tlog.witness.WitnessAnswer;

/**
 * A tlog witness served over HTTP on the JDK's server: {@code POST <prefix>/add-checkpoint} as C2SP tlog-witness
 * prescribes, and {@code GET <prefix>/checkpoint/<percent-encoded origin>}, the latest checkpoint cosigned for that
 * origin (404 if none), for monitors. Bodies over {@link #MAX_BODY} bytes are answered 413.
 */
public final class WitnessHttp implements AutoCloseable {

    /** The largest add-checkpoint body read: a checkpoint, 63 proof hashes and many signatures fit well below. */
    public static final int MAX_BODY = 64 * 1024;

    private final HttpServer server;

    private WitnessHttp(HttpServer server) {
        this.server = server;
    }

    /** Starts serving the witness at the address under the prefix (empty, or starting with "/"). */
    public static WitnessHttp start(Witness witness, InetSocketAddress address, String prefix) throws IOException {
        Objects.requireNonNull(witness, "witness");
        if (!prefix.isEmpty() && (!prefix.startsWith("/") || prefix.endsWith("/"))) {
            throw new IllegalArgumentException("prefix must be empty or start and not end with /: " + prefix);
        }
        HttpServer server = HttpServer.create(address, 0);
        server.createContext(prefix + "/add-checkpoint", exchange -> handle(exchange, () -> add(witness, exchange)));
        server.createContext(prefix + "/checkpoint/", exchange -> handle(exchange,
                () -> checkpoint(witness, exchange, prefix + "/checkpoint/")));
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
        return new WitnessHttp(server);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private interface Handler {
        WitnessAnswer answer() throws IOException;
    }

    private static void handle(HttpExchange exchange, Handler handler) throws IOException {
        try (exchange) {
            WitnessAnswer answer = handler.answer();
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
            if (answer.status() == 405) {
                exchange.getResponseHeaders().set("Allow", exchange.getHttpContext().getPath().endsWith(
                        "/add-checkpoint") ? "POST" : "GET");
            }
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static WitnessAnswer add(Witness witness, HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            return WitnessAnswer.refused(405, "add-checkpoint takes POST");
        }
        if (!exchange.getRequestURI().getRawPath().equals(exchange.getHttpContext().getPath())) {
            return WitnessAnswer.refused(404, "no such resource");
        }
        Optional<byte[]> body = read(exchange.getRequestBody());
        return body.map(witness::addCheckpoint)
                .orElseGet(() -> WitnessAnswer.refused(413, "body exceeds " + MAX_BODY + " bytes"));
    }

    private static WitnessAnswer checkpoint(Witness witness, HttpExchange exchange, String path) {
        if (!exchange.getRequestMethod().equals("GET")) {
            return WitnessAnswer.refused(405, "checkpoint takes GET");
        }
        String origin = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring(path.length()),
                StandardCharsets.UTF_8);
        Optional<SignedCheckpoint> latest = witness.latest(origin);
        return latest.map(c -> new WitnessAnswer(200, WitnessAnswer.TEXT_TYPE, c.encode()))
                .orElseGet(() -> WitnessAnswer.refused(404, "no checkpoint cosigned for \"" + origin + "\""));
    }

    private static Optional<byte[]> read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? Optional.empty() : Optional.of(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

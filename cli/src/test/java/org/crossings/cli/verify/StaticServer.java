package org.crossings.cli.verify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Serves a directory's files under {@code /log/} on 127.0.0.1 and a free port, as a static tlog-tiles host would. */
final class StaticServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private volatile Path root;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    StaticServer(Path root) {
        // The JDK server leaves Nagle's algorithm on, so each response waits out the client's delayed ACK (~40 ms);
        // real static hosts set TCP_NODELAY, and so do we, or the tests would measure that stall.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        this.root = root;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/log/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    /** The log URL to give to {@code crossings verify}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/log/";
    }

    /** Serves another directory from now on, e.g. a forked log at the same URL. */
    void serve(Path directory) {
        this.root = directory;
    }

    /** Answers the next {@code times} requests for {@code path} with HTTP 503, as an overloaded host might. */
    void failNext(String path, int times) {
        failures.put(path, times);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/log/".length());
            if (takeFailure(path)) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Whether this request for {@code path} is one of those planned to fail. */
    private boolean takeFailure(String path) {
        boolean[] fail = {false};
        failures.computeIfPresent(path, (p, left) -> {
            fail[0] = true;
            return left > 1 ? left - 1 : null;
        });
        return fail[0];
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

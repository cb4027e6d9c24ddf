package org.crossings.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a directory's files under {@code /log/} on 127.0.0.1 and a free port, over real HTTP, as a static
 * tlog-tiles host would (files read on each request; the page cache keeps them warm).
 */
final class StaticServer implements AutoCloseable {

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;

    StaticServer(Path root, int threads) {
        this.root = root.toAbsolutePath().normalize();
        this.executor = Executors.newFixedThreadPool(threads);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        } catch (IOException failure) {
            throw new UncheckedIOException("could not open a port on 127.0.0.1", failure);
        }
        server.createContext("/log/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    /** The log's URL prefix. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/log/";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring("/log/".length())).normalize();
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

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

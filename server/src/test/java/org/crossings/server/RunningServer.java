package org.crossings.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real server on a random loopback port, on an embedded PostgreSQL in a fresh temporary data directory. One
 * instance is shared by the HTTP tests of a test run (starting PostgreSQL takes seconds); tests that need their own,
 * for example to restart it, call {@link #start(Path, String...)}.
 */
public final class RunningServer implements AutoCloseable {

    private static RunningServer shared;

    private final ConfigurableApplicationContext context;
    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningServer(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** The server shared by this test run; started on first use, stopped when the JVM exits. */
    public static synchronized RunningServer shared() {
        if (shared == null) {
            try {
                shared = start(Files.createTempDirectory("crossings-test-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A server of one's own on the given data directory; extra arguments are Spring Boot command-line properties. */
    public static RunningServer start(Path dataDir, String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "--server.port=0";
        args[1] = "--server.address=127.0.0.1";
        args[2] = "--crossings.data-dir=" + dataDir;
        System.arraycopy(extra, 0, args, 3, extra.length);
        return new RunningServer(SpringApplication.run(CrossingsServer.class, args));
    }

    public URI base() {
        return base;
    }

    public URI url(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The bean of that name: where more than one of a type exists (Spring MVC's and the actuator's handler mappings). */
    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET with an API token, as a machine client signed in as the token's holder. */
    public HttpResponse<String> get(String path, String apiToken) {
        return send(HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + apiToken).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}

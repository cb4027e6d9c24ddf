package org.crossings.cli.verify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The resources of a tlog-tiles log under a URL prefix, fetched with the JDK's HTTP client.
 *
 * <p>Transient failures (no connection, a timeout, HTTP 429 or 5xx) are retried with a doubling pause; anything else,
 * in particular 404, fails at once, because tiles are immutable and a missing one will not appear by waiting.
 */
final class HttpLog {

    private static final int ATTEMPTS = 5;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI prefix;
    private final HttpClient client;

    HttpLog(URI prefix) {
        String text = prefix.toString();
        this.prefix = text.endsWith("/") ? prefix : URI.create(text + "/");
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    URI prefix() {
        return prefix;
    }

    URI uri(String path) {
        return prefix.resolve(path);
    }

    /** The body of {@code path} under the prefix, after retrying transient failures. */
    byte[] fetch(String path) {
        URI uri = uri(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            FetchException failure;
            try {
                HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200) {
                    return response.body();
                }
                failure = FetchException.status(uri, response.statusCode());
                if (!isTransient(response.statusCode())) {
                    throw failure;
                }
            } catch (IOException e) {
                failure = FetchException.unreachable(uri, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw FetchException.unreachable(uri, e);
            }
            if (attempt == ATTEMPTS) {
                throw failure;
            }
            sleep(pause, uri);
            pause = pause.multipliedBy(2);
        }
    }

    /** Fetches a tile or bundle; a partial one the log no longer serves is read from the full one that replaced it. */
    Fetched fetch(LogResource resource) {
        try {
            return new Fetched(resource, resource, fetch(resource.path()));
        } catch (FetchException e) {
            if (!resource.isPartial() || e.status() != 404) {
                throw e;
            }
            LogResource full = resource.full();
            return new Fetched(resource, full, fetch(full.path()));
        }
    }

    private static boolean isTransient(int status) {
        return status == 429 || status >= 500;
    }

    private static void sleep(Duration pause, URI uri) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.unreachable(uri, e);
        }
    }

    /**
     * A fetched resource.
     *
     * @param wanted what the audit asked for
     * @param served what the log served: {@code wanted}, or the full resource when the partial one was gone
     * @param body the bytes served
     */
    record Fetched(LogResource wanted, LogResource served, byte[] body) {
    }
}

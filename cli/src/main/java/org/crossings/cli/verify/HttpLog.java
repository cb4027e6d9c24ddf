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
 * in particular 404, fails at once, because tiles are immutable and a missing one will not appear by waiting. Which
 * failures prove something against the log is for {@link #fetch(LogResource)} to say.
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

    /**
     * Fetches a tile or bundle of the audit's plan; a partial one the log no longer serves is read from the full one
     * that replaced it. Every resource of the plan is one the signed checkpoint covers, so a log answering that it
     * has neither (404, 410) has lost or deleted part of what it signed: that is a failed verification, not a fetch
     * failure.
     *
     * @throws VerificationFailure naming the missing resource, if the log answers it does not have it
     * @throws FetchException if the log could not be reached or kept failing
     */
    Fetched fetch(LogResource resource) {
        try {
            return new Fetched(resource, resource, fetch(resource.path()));
        } catch (FetchException e) {
            if (!e.isAbsent()) {
                throw e;
            }
            if (!resource.isPartial()) {
                throw missing(resource, e);
            }
            return fetchFull(resource, e);
        }
    }

    private Fetched fetchFull(LogResource partial, FetchException partialAbsent) {
        LogResource full = partial.full();
        try {
            return new Fetched(partial, full, fetch(full.path()));
        } catch (FetchException e) {
            throw e.isAbsent() ? missing(partial, partialAbsent, e) : e;
        }
    }

    private static VerificationFailure missing(LogResource resource, FetchException... answers) {
        StringBuilder evidence = new StringBuilder()
                .append("missing resource: ").append(resource.path()).append(" (").append(holds(resource)).append(")\n");
        for (FetchException answer : answers) {
            evidence.append("GET ").append(answer.uri()).append(" answered HTTP ").append(answer.status()).append('\n');
        }
        return new VerificationFailure("the log does not serve " + resource.path()
                + ", which the signed checkpoint covers: the log lost or deleted part of what it signed",
                evidence.toString());
    }

    /** What a resource holds, in terms of the tree, so the evidence says what is gone. */
    private static String holds(LogResource resource) {
        if (resource.isBundle()) {
            long first = resource.index() * LogResource.WIDTH;
            return "entries " + first + " to " + (first + resource.width() - 1);
        }
        long first = resource.index() * LogResource.WIDTH;
        return "hashes of tree level " + 8 * resource.level() + ", nodes " + first + " to "
                + (first + resource.width() - 1);
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

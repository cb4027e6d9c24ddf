package org.crossings.tlog.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The resources of a tlog-tiles log under a URL prefix, fetched with the JDK's HTTP client: the checkpoint, hash tiles
 * and entry bundles. It checks nothing it fetches; whoever reads what it fetched recomputes it.
 *
 * <p>Transient failures (no connection, a timeout, HTTP 429 or 5xx) are retried as its {@link FetchPolicy} says;
 * anything else, in particular 404, ends at once, because tiles are immutable and a missing one will not appear by
 * waiting. Safe for use from several threads.
 */
public final class HttpLog {

    private final URI prefix;
    private final FetchPolicy policy;
    private final HttpClient client;

    /** The log under {@code prefix}, fetched patiently ({@link FetchPolicy#PATIENT}). */
    public HttpLog(URI prefix) {
        this(prefix, FetchPolicy.PATIENT);
    }

    public HttpLog(URI prefix, FetchPolicy policy) {
        String text = Objects.requireNonNull(prefix, "log prefix").toString();
        this.prefix = text.endsWith("/") ? prefix : URI.create(text + "/");
        this.policy = Objects.requireNonNull(policy, "fetch policy");
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The log's prefix, ending in a slash. */
    public URI prefix() {
        return prefix;
    }

    /** The URL of {@code path} under the prefix. */
    public URI uri(String path) {
        return prefix.resolve(path);
    }

    /** The log's latest checkpoint note, as served (not yet verified). */
    public String checkpoint() {
        return new String(get("checkpoint"), StandardCharsets.UTF_8);
    }

    /**
     * The body of {@code path} under the prefix, after retrying transient failures.
     *
     * @throws FetchException if the log answered anything but 200, or could not be reached
     */
    public byte[] get(String path) {
        URI uri = uri(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(policy.requestTimeout()).GET().build();
        Duration pause = policy.firstPause();
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(request);
            } catch (FetchException failure) {
                boolean retry = attempt < policy.attempts() && !Thread.currentThread().isInterrupted()
                        && (failure.status() == -1 || isTransient(failure.status()));
                if (!retry) {
                    throw failure;
                }
            }
            sleep(pause, uri);
            pause = pause.multipliedBy(2);
        }
    }

    /**
     * Fetches a tile or bundle; a partial one the log no longer serves is read from the full one that replaced it
     * (tlog-tiles allows a log to delete a partial tile once the full one is published).
     *
     * @return what was served, or that the log answered it has neither (HTTP 404 or 410)
     * @throws FetchException if the log could not be reached or kept failing
     */
    public Fetched fetch(TileResource resource) {
        Objects.requireNonNull(resource, "resource");
        try {
            return new Fetched.Served(resource, resource, get(resource.path()));
        } catch (FetchException e) {
            if (!e.isAbsent()) {
                throw e;
            }
            Fetched.Answer partialAbsent = new Fetched.Answer(e.uri(), e.status());
            return resource.isPartial() ? fetchFull(resource, partialAbsent)
                    : new Fetched.Absent(resource, List.of(partialAbsent));
        }
    }

    private Fetched fetchFull(TileResource partial, Fetched.Answer partialAbsent) {
        TileResource full = partial.full();
        try {
            return new Fetched.Served(partial, full, get(full.path()));
        } catch (FetchException e) {
            if (!e.isAbsent()) {
                throw e;
            }
            return new Fetched.Absent(partial, List.of(partialAbsent, new Fetched.Answer(e.uri(), e.status())));
        }
    }

    /** One try. */
    private byte[] attempt(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw FetchException.status(request.uri(), response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw FetchException.unreachable(request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FetchException.unreachable(request.uri(), e);
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

    @Override
    public String toString() {
        return "tlog-tiles log at " + prefix;
    }
}

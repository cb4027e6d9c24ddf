package org.crossings.cli.verify;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Fetches the resources of a plan several at a time while handing them out in plan order, so the audit can stream
 * through a log without waiting on each round trip. At most a few requests per worker run ahead of the consumer,
 * which bounds memory however large the log is.
 */
final class OrderedFetches implements AutoCloseable {

    private final HttpLog log;
    private final Iterator<LogResource> plan;
    private final ExecutorService workers;
    private final int window;
    private final ArrayDeque<CompletableFuture<HttpLog.Fetched>> ahead = new ArrayDeque<>();

    OrderedFetches(HttpLog log, Iterable<LogResource> plan, int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel fetches " + parallel + " must be at least 1");
        }
        this.log = log;
        this.plan = plan.iterator();
        this.workers = Executors.newFixedThreadPool(parallel, Thread.ofPlatform().daemon().name("fetch-", 0).factory());
        this.window = 4 * parallel;
    }

    boolean hasNext() {
        fill();
        return !ahead.isEmpty();
    }

    /** The next resource of the plan, waiting for it if needed; rethrows its {@link FetchException}. */
    HttpLog.Fetched next() {
        fill();
        try {
            return ahead.removeFirst().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void fill() {
        while (ahead.size() < window && plan.hasNext()) {
            LogResource resource = plan.next();
            ahead.addLast(CompletableFuture.supplyAsync(() -> log.fetch(resource), workers));
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

package org.crossings.tlog.client;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Fetches the resources of a plan several at a time while handing them out in plan order, so that a reader (an
 * audit, a mirror) can stream through a log without waiting on each round trip. At most four requests per worker run
 * ahead of the consumer, which bounds memory however large the log is. One consumer owns it.
 *
 * @param <T> what one fetch gives, e.g. {@link Fetched}
 */
public final class OrderedFetches<T> implements AutoCloseable {

    private final Function<TileResource, T> fetch;
    private final Iterator<TileResource> plan;
    private final ExecutorService workers;
    private final int window;
    private final ArrayDeque<CompletableFuture<T>> ahead = new ArrayDeque<>();

    /**
     * @param fetch one fetch, e.g. {@code log::fetch}; called from the workers' threads
     * @param plan the resources, in the order they are handed out
     * @param parallel how many fetches may be in flight, at least 1
     */
    public OrderedFetches(Function<TileResource, T> fetch, Iterable<TileResource> plan, int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel fetches " + parallel + " must be at least 1");
        }
        this.fetch = Objects.requireNonNull(fetch, "fetch");
        this.plan = plan.iterator();
        this.workers = Executors.newFixedThreadPool(parallel, Thread.ofPlatform().daemon().name("fetch-", 0).factory());
        this.window = 4 * parallel;
    }

    public boolean hasNext() {
        fill();
        return !ahead.isEmpty();
    }

    /** The next resource of the plan, waiting for it if needed; rethrows what its fetch threw. */
    public T next() {
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
            TileResource resource = plan.next();
            ahead.addLast(CompletableFuture.supplyAsync(() -> fetch.apply(resource), workers));
        }
    }

    /** Stops the workers; fetches still in flight are abandoned. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}

package org.crossings.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.crossings.tlog.storage.Batch;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.storage.TreeState;

/**
 * A {@link LogStorage} that passes every call on and records what the writer asked of it: how many batches, how
 * big, how long each commit took, and how long the sequencer spent between commits (building the next batch,
 * hashing, waiting for entries). That splits the writer's time between the database and everything else without
 * touching the writer.
 */
public final class MeasuredLogStorage implements LogStorage {

    private final LogStorage storage;
    private final LongAdder commits = new LongAdder();
    private final LongAdder entries = new LongAdder();
    private final LongAdder tiles = new LongAdder();
    private final LongAdder commitNanos = new LongAdder();
    private final LongAdder betweenNanos = new LongAdder();
    private final LongAdder tileReads = new LongAdder();
    private final LongAdder publishes = new LongAdder();
    private final AtomicLong largest = new AtomicLong();
    private final AtomicLong lastCommitEnd = new AtomicLong();

    public MeasuredLogStorage(LogStorage storage) {
        this.storage = storage;
    }

    /** Forgets what was recorded so far, e.g. at the end of warm-up. */
    public void reset() {
        for (LongAdder adder : List.of(commits, entries, tiles, commitNanos, betweenNanos, tileReads, publishes)) {
            adder.reset();
        }
        largest.set(0);
        lastCommitEnd.set(0);
    }

    @Override
    public void commit(Batch batch) {
        long start = System.nanoTime();
        long previousEnd = lastCommitEnd.get();
        try {
            storage.commit(batch);
        } finally {
            long end = System.nanoTime();
            commitNanos.add(end - start);
            if (previousEnd != 0) {
                betweenNanos.add(start - previousEnd);
            }
            lastCommitEnd.set(end);
        }
        int size = batch.entries().size();
        commits.increment();
        entries.add(size);
        tiles.add(batch.tiles().size());
        largest.accumulateAndGet(size, Math::max);
    }

    /** One line: batches, their mean and largest size, where the sequencer's time went, WAL written per entry. */
    public String summary(double seconds, long walBytes) {
        long n = Math.max(1, commits.sum());
        double commitMs = commitNanos.sum() / 1e6;
        double betweenMs = betweenNanos.sum() / 1e6;
        return String.format(Locale.ROOT, "%d batches in %.1f s (%.0f/s), mean %.1f entries (largest %d), "
                        + "%.1f tiles/batch; commit %.2f ms/batch (%.0f%% of the time), between commits %.2f ms/batch; "
                        + "WAL %.0f bytes/entry; %d tile reads, %d checkpoints published",
                commits.sum(), seconds, commits.sum() / seconds, entries.sum() / (double) n, largest.get(),
                tiles.sum() / (double) n, commitMs / n, 100 * commitMs / (seconds * 1000), betweenMs / n,
                walBytes / (double) Math.max(1, entries.sum()), tileReads.sum(), publishes.sum());
    }

    @Override
    public Optional<TreeState> state() {
        return storage.state();
    }

    @Override
    public List<byte[]> entries(long start, int count) {
        return storage.entries(start, count);
    }

    @Override
    public Optional<byte[]> tile(int level, long index) {
        tileReads.increment();
        return storage.tile(level, index);
    }

    @Override
    public void publish(PublishedCheckpoint checkpoint) {
        publishes.increment();
        storage.publish(checkpoint);
    }

    @Override
    public Optional<PublishedCheckpoint> latestCheckpoint() {
        return storage.latestCheckpoint();
    }

    @Override
    public List<PublishedCheckpoint> checkpoints(long minSize, long maxSize) {
        return storage.checkpoints(minSize, maxSize);
    }
}

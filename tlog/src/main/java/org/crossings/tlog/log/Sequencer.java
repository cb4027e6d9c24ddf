package org.crossings.tlog.log;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.storage.Batch;
import org.crossings.tlog.storage.LogStorage;

/**
 * The single thread that gives entries their indexes: it takes queued appends in groups, integrates them into the
 * tree and commits each group as one storage batch, and only then completes their futures.
 *
 * <p>One thread, so indexes need no lock and the compact range needs no sharing. A group of entries appended
 * together is never split across batches, so it gets consecutive indexes.
 */
final class Sequencer implements Runnable {

    private static final System.Logger LOG = System.getLogger(Sequencer.class.getName());

    /** Entries appended together and the future of the first one's index. */
    record Pending(List<byte[]> entries, CompletableFuture<Long> firstIndex) {
    }

    /** The committed tree, as the last successful batch left it. */
    record Committed(long size, Hash root) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger pendingEntries = new AtomicInteger();
    private final LogStorage storage;
    private final LogWriterConfig config;
    private TreeIntegration tree;
    private Pending carried;
    private volatile Committed committed;
    private volatile boolean closing;
    private volatile java.util.function.IntConsumer batchObserver = size -> { };

    Sequencer(LogStorage storage, LogWriterConfig config, TreeIntegration tree) {
        this.storage = storage;
        this.config = config;
        this.tree = tree;
        this.committed = new Committed(tree.size(), tree.root());
    }

    /** Queues entries; false if the queue is full. The caller stops offering before it calls {@link #close()}. */
    boolean offer(Pending pending) {
        int size = pending.entries().size();
        int queued = pendingEntries.addAndGet(size);
        if (queued > config.maxPending() && queued != size) {
            pendingEntries.addAndGet(-size);
            return false;
        }
        return queue.add(pending);
    }

    Committed committed() {
        return committed;
    }

    /** Told the number of entries of every batch committed from now on, on the sequencer's thread: keep it quick. */
    void observeBatches(java.util.function.IntConsumer observer) {
        this.batchObserver = java.util.Objects.requireNonNull(observer, "observer");
    }

    /** Asks the thread to commit what is queued and stop; no more offers may follow. */
    void close() {
        closing = true;
    }

    @Override
    public void run() {
        while (!closing || carried != null || !queue.isEmpty()) {
            List<Pending> group = nextGroup();
            if (!group.isEmpty()) {
                commit(group);
            }
        }
    }

    private List<Pending> nextGroup() {
        List<Pending> group = new ArrayList<>();
        try {
            Pending first = carried != null ? carried : queue.poll(50, TimeUnit.MILLISECONDS);
            carried = null;
            if (first == null) {
                return group;
            }
            group.add(first);
            int count = first.entries().size();
            long deadline = System.nanoTime() + config.maxBatchWait().toNanos();
            while (count < config.maxBatchSize()) {
                Pending next = queue.poll();
                if (next == null) {
                    long left = deadline - System.nanoTime();
                    next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
                }
                if (next == null) {
                    break;
                }
                if (count + next.entries().size() > config.maxBatchSize()) {
                    carried = next;
                    break;
                }
                group.add(next);
                count += next.entries().size();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            closing = true;
        }
        return group;
    }

    private void commit(List<Pending> group) {
        List<byte[]> entries = new ArrayList<>();
        group.forEach(pending -> entries.addAll(pending.entries()));
        pendingEntries.addAndGet(-entries.size());
        Batch batch;
        try {
            if (tree == null) {
                tree = TreeIntegration.load(storage);
            }
            batch = tree.integrate(entries);
            storage.commit(batch);
        } catch (RuntimeException | Error failure) {
            tree = null;
            LOG.log(Level.WARNING, "log writer: a batch of " + entries.size() + " entries was not committed", failure);
            group.forEach(pending -> pending.firstIndex().completeExceptionally(failure));
            if (failure instanceof Error error) {
                throw error;
            }
            return;
        }
        committed = new Committed(tree.size(), tree.root());
        batchObserver.accept(entries.size());
        long index = batch.firstIndex();
        for (Pending pending : group) {
            pending.firstIndex().complete(index);
            index += pending.entries().size();
        }
    }
}

package org.crossings.tlog.log;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.tiles.EntryBundle;

/**
 * The writer of one transparency log: sequence, integrate, publish.
 *
 * <p>Its life: {@link #start} loads the committed tree from the storage and checks it against the stored root and
 * the latest published checkpoint, refusing to start if they disagree. Then {@link #append} queues entries; one
 * sequencer thread commits them in groups (entries, grown tiles and new root in one storage batch) and completes each
 * future with its index only after its batch is durable. Every {@code checkpointInterval} a checkpoint of the tree is
 * signed and stored if the tree grew, after checking the storage still agrees with the previous one. {@link #close}
 * commits what is queued, publishes a last checkpoint and stops both threads.
 *
 * <p>Futures are completed on the sequencer thread: attach slow work with the {@code ...Async} methods.
 */
public final class LogWriter implements AutoCloseable {

    /** Entry bundles of tlog-tiles prefix each entry with a big-endian uint16 length. */
    public static final int MAX_ENTRY_LENGTH = EntryBundle.MAX_ENTRY_LENGTH;

    private static final System.Logger LOG = System.getLogger(LogWriter.class.getName());

    private final Sequencer sequencer;
    private final Publisher publisher;
    private final Thread sequencerThread;
    private final ScheduledExecutorService schedule;
    private final ReadWriteLock intake = new ReentrantReadWriteLock();
    private boolean closed;

    private LogWriter(LogStorage storage, NoteSigner signer, LogWriterConfig config) {
        TreeIntegration tree = TreeIntegration.load(storage);
        this.sequencer = new Sequencer(storage, config, tree);
        this.publisher = new Publisher(storage, signer, config.origin(), sequencer::committed);
        storage.latestCheckpoint().ifPresent(latest -> publisher.checkConsistent(latest, sequencer.committed()));
        this.sequencerThread = Thread.ofPlatform().name("tlog-sequencer").daemon().unstarted(sequencer);
        this.schedule = Executors.newSingleThreadScheduledExecutor(
                runnable -> Thread.ofPlatform().name("tlog-publisher").daemon().unstarted(runnable));
        sequencerThread.start();
        publishQuietly();
        long interval = config.checkpointInterval().toNanos();
        schedule.scheduleWithFixedDelay(this::publishQuietly, interval, interval, TimeUnit.NANOSECONDS);
    }

    /**
     * Starts a writer on the log kept in {@code storage}, signing its checkpoints with {@code signer}.
     *
     * @throws InconsistentLogException if the stored tiles contradict the stored root or the latest checkpoint
     */
    public static LogWriter start(LogStorage storage, NoteSigner signer, LogWriterConfig config) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(config, "config");
        return new LogWriter(storage, signer, config);
    }

    /**
     * Queues one entry; the future completes with its index once the entry is committed, or fails if its batch was
     * not (then it may or may not be in the log, and it was not acknowledged).
     *
     * @throws IllegalArgumentException if the entry is longer than {@value #MAX_ENTRY_LENGTH} bytes
     */
    public CompletableFuture<Long> append(byte[] entry) {
        return appendAll(List.of(entry));
    }

    /**
     * Queues entries that are committed together with consecutive indexes; the future completes with the first one.
     *
     * @throws IllegalArgumentException if the list is empty or an entry is longer than {@value #MAX_ENTRY_LENGTH}
     */
    public CompletableFuture<Long> appendAll(List<byte[]> entries) {
        List<byte[]> copies = checked(entries);
        CompletableFuture<Long> firstIndex = new CompletableFuture<>();
        intake.readLock().lock();
        try {
            if (closed) {
                firstIndex.completeExceptionally(new IllegalStateException("log writer is closed"));
            } else if (!sequencer.offer(new Sequencer.Pending(copies, firstIndex))) {
                firstIndex.completeExceptionally(new RejectedExecutionException(
                        "log writer queue is full: " + copies.size() + " entries refused, try again later"));
            }
        } finally {
            intake.readLock().unlock();
        }
        return firstIndex;
    }

    private static List<byte[]> checked(List<byte[]> entries) {
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("entries: at least one entry is required");
        }
        for (int i = 0; i < entries.size(); i++) {
            byte[] entry = entries.get(i);
            if (entry == null) {
                throw new IllegalArgumentException("entry " + i + ": must not be null");
            }
            if (entry.length > MAX_ENTRY_LENGTH) {
                throw new IllegalArgumentException("entry " + i + ": length " + entry.length + " bytes exceeds "
                        + MAX_ENTRY_LENGTH + ", the most an entry bundle can carry (uint16 length prefix)");
            }
        }
        return entries.stream().map(byte[]::clone).toList();
    }

    /**
     * Tells {@code observer} the number of entries in each batch committed from now on (for monitoring); it runs on
     * the sequencer's thread between commits, so it must return at once and never throw.
     */
    public void observeBatches(java.util.function.IntConsumer observer) {
        sequencer.observeBatches(observer);
    }

    /** Size of the committed tree. */
    public long size() {
        return sequencer.committed().size();
    }

    /** Root of the committed tree. */
    public Hash root() {
        return sequencer.committed().root();
    }

    /**
     * Signs and stores a checkpoint now if the tree grew since the latest one; empty if it did not.
     *
     * @throws InconsistentLogException if the storage contradicts the latest checkpoint (publishing has stopped)
     */
    public Optional<PublishedCheckpoint> publish() {
        return publisher.publish();
    }

    /** Why publishing stopped, if it did: the evidence that the storage contradicts a signed checkpoint. */
    public Optional<InconsistentLogException> publishingHalted() {
        return publisher.halted();
    }

    private void publishQuietly() {
        if (publisher.halted().isPresent()) {
            return;
        }
        try {
            publisher.publish();
        } catch (InconsistentLogException reported) {
            // Publisher logged it loudly and halted; nothing more to do here.
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "log writer: could not publish a checkpoint, will try again", failure);
        }
    }

    /** Commits every queued entry, publishes a last checkpoint and stops. Appends after this fail. */
    @Override
    public void close() {
        intake.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            intake.writeLock().unlock();
        }
        sequencer.close();
        schedule.shutdown();
        try {
            sequencerThread.join();
            schedule.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        publishQuietly();
    }
}

package org.crossings.server.journal.follow;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.crossings.server.journal.EnvelopeSignatures;
import org.crossings.server.journal.Projection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the log to the read models, entry after entry in log order, on one thread. Each chunk of entries is applied
 * by every projection in a transaction that also moves {@code journal_position}, so after a crash it resumes exactly
 * where it stopped.
 *
 * <p>Total over what the log can hold ({@link Chunks}): what a read model cannot take is set aside as a {@link
 * org.crossings.server.journal.Finding}, the same on every node, and the next entry is applied. A failure of the
 * database itself is never taken for a bad entry: the chunk is tried again every few seconds until it passes, with
 * nothing applied twice.
 */
public final class Projector implements AutoCloseable {

    /** How far the read models are, and why they stopped if they did. */
    public record Status(long applied, long findings, Optional<String> stopped) {
    }

    private static final Logger log = LoggerFactory.getLogger(Projector.class);
    private static final int CHUNK = 256;
    private static final long RETRY_MILLIS = 2_000;

    private final Entries entries;
    private final Chunks chunks;
    private final Object progress = new Object();
    private final Thread thread;
    private long applied;
    private long findingCount;
    private RuntimeException halted;
    private long failures;
    private volatile boolean closing;

    /**
     * Starts following {@code entries} on a thread of its own.
     *
     * @param jdbc         this node's database, where the read models, the position and the findings are kept
     */
    public Projector(Entries entries, OwedPayloads payloads, List<Projection> projections,
            EnvelopeSignatures signatures, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.entries = entries;
        this.chunks = new Chunks(payloads, projections, signatures, transactions, jdbc, clock);
        this.applied = jdbc.sql("SELECT applied FROM journal_position WHERE id = 1").query(Long.class).single();
        this.findingCount = chunks.findings().count();
        this.thread = Thread.ofPlatform().name("journal-projector").daemon().start(this::run);
    }

    /** Tells the projector the log grew. */
    public void wake() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /** True once the entry at {@code index} has been applied (or set aside) by every projection; false on timeout. */
    public boolean awaitApplied(long index, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (applied <= index) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                progress.notifyAll();
                try {
                    progress.wait(Math.max(1, Math.min(200, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Returns once every entry the log holds now is applied; throws if the read models stop before (at start-up,
     * that is a database that does not answer, never an entry).
     */
    public void awaitCaughtUp() {
        long size = entries.size();
        synchronized (progress) {
            while (applied < size) {
                if (halted != null) {
                    throw new IllegalStateException("the read models stopped at entry " + applied, halted);
                }
                progress.notifyAll();
                waitQuietly(200);
            }
        }
    }

    /** Drops every read model and the findings, and applies the whole log again, from entry 0. */
    public void rebuild() {
        synchronized (progress) {
            chunks.reset();
            applied = 0;
            findingCount = 0;
            halted = null;
            catchUp();
            if (halted != null) {
                throw new IllegalStateException("the rebuild stopped at entry " + applied, halted);
            }
        }
    }

    public Status status() {
        synchronized (progress) {
            return new Status(applied, findingCount, Optional.ofNullable(halted).map(failure ->
                    "the read models stopped at entry " + applied + ": "
                            + NestedExceptionUtils.getMostSpecificCause(failure).getMessage()));
        }
    }

    public List<org.crossings.server.journal.Finding> findings(long from, int limit) {
        return chunks.findings().list(from, limit);
    }

    /**
     * Catches up whenever woken. After a failure of the database it tries again every few seconds rather than
     * stopping for good: meanwhile callers are told the read models are behind, and once the cause is gone the read
     * models resume where they were, with nothing applied twice.
     */
    private void run() {
        while (!closing) {
            synchronized (progress) {
                if (halted != null) {
                    waitQuietly(RETRY_MILLIS);
                    halted = null;
                }
                catchUp();
                waitQuietly(100);
            }
        }
    }

    private void catchUp() {
        try {
            long size = entries.size();
            while (applied < size) {
                List<byte[]> read = entries.read(applied, (int) Math.min(CHUNK, size - applied));
                if (read.isEmpty()) {
                    throw new IllegalStateException("the log reports size " + size + " but has no entry " + applied);
                }
                findingCount += chunks.apply(applied, read);
                applied += read.size();
            }
            if (failures > 0) {
                log.info("The read models resumed at log entry {} after {} failed tries", applied, failures);
                failures = 0;
            }
        } catch (RuntimeException failure) {
            halted = failure;
            if (failures++ == 0) {
                log.error("The read models stopped at log entry {}: {}; trying again every {} ms", applied,
                        failure.toString(), RETRY_MILLIS, failure);
            } else if (failures % 30 == 0) {
                log.warn("The read models are still stopped at log entry {} ({} tries): {}", applied, failures,
                        failure.toString());
            }
        } finally {
            progress.notifyAll();
        }
    }

    private void waitQuietly(long millis) {
        try {
            progress.wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing = true;
        }
    }

    @Override
    public void close() {
        closing = true;
        wake();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.crossings.server.journal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.storage.LogStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the log to the read models, entry after entry in log order, on one thread. Each entry is applied by every
 * projection in a transaction that also moves {@code journal_position}, so after a crash it resumes exactly where
 * it stopped. An entry that is not an envelope (another writer's test entry, say) is skipped: no projection knows it.
 */
final class Projector implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Projector.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CHUNK = 256;
    private static final long RETRY_MILLIS = 2_000;

    private final LogStorage storage;
    private final LongSupplier committedSize;
    private final Payloads payloads;
    private final List<Projection> projections;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Object progress = new Object();
    private final Thread thread;
    private long applied;
    private long foreignEntries;
    private RuntimeException halted;
    private long failures;
    private volatile boolean closing;

    Projector(LogStorage log, LongSupplier committedSize, Payloads payloads, List<Projection> projections,
            TransactionTemplate transactions, JdbcClient jdbc) {
        this.storage = log;
        this.committedSize = committedSize;
        this.payloads = payloads;
        this.projections = List.copyOf(projections);
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.applied = jdbc.sql("SELECT applied FROM journal_position WHERE id = 1").query(Long.class).single();
        this.thread = Thread.ofPlatform().name("journal-projector").daemon().start(this::run);
    }

    /** Tells the projector the log grew. */
    void wake() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /** Returns once the entry at {@code index} has been applied by every projection. */
    void awaitApplied(long index) {
        synchronized (progress) {
            while (applied <= index && halted == null) {
                progress.notifyAll();
                waitQuietly(200);
            }
            if (halted != null) {
                throw new IllegalStateException("the read models stopped at entry " + applied, halted);
            }
        }
    }

    /** Drops every read model and applies the whole log again, from entry 0. */
    void rebuild() {
        synchronized (progress) {
            transactions.executeWithoutResult(status -> {
                projections.forEach(Projection::reset);
                jdbc.sql("UPDATE journal_position SET applied = 0 WHERE id = 1").update();
            });
            applied = 0;
            halted = null;
            catchUp();
        }
    }

    long applied() {
        synchronized (progress) {
            return applied;
        }
    }

    /**
     * Catches up whenever woken. After a failure (a lost connection, a pool timed out, an entry no projection can
     * apply) it tries again every few seconds rather than stopping for good: meanwhile callers are told the read models
     * stopped, and once the cause is gone the read models resume where they were, with nothing applied twice.
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
            long size = committedSize.getAsLong();
            while (applied < size) {
                List<byte[]> entries = storage.entries(applied, (int) Math.min(CHUNK, size - applied));
                if (entries.isEmpty()) {
                    throw new IllegalStateException("the log reports size " + size + " but has no entry " + applied);
                }
                applyChunk(applied, entries);
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

    /**
     * Applies consecutive entries in one transaction: fewer commits, the same all-or-nothing. Its payloads are read
     * in one query before. The commit waits for the disk like any other: were it lost to a restart of PostgreSQL alone,
     * {@code journal_position} would move back under this thread's feet.
     */
    private void applyChunk(long first, List<byte[]> entries) {
        List<Envelope> envelopes = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            envelopes.add(envelope(first + i, entries.get(i)));
        }
        Map<Hash, byte[]> held = payloads.payloads(envelopes.stream().filter(Objects::nonNull)
                .map(Envelope::payloadDigest).toList());
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < envelopes.size(); i++) {
                Envelope envelope = envelopes.get(i);
                if (envelope != null) {
                    byte[] payload = held.get(envelope.payloadDigest());
                    Recorded recorded = new Recorded(first + i, envelope,
                            payload == null ? JSON.missingNode() : JSON.readTree(payload));
                    projections.forEach(projection -> projection.apply(recorded));
                }
            }
            jdbc.sql("UPDATE journal_position SET applied = ? WHERE id = 1").param(first + entries.size()).update();
        });
        applied = first + entries.size();
    }

    /** The entry's envelope, or null if it is not one (another writer's entry: no projection knows it). */
    private Envelope envelope(long index, byte[] entry) {
        try {
            return EnvelopeJson.parse(entry);
        } catch (IllegalArgumentException notAnEnvelope) {
            if (foreignEntries++ % 10_000 == 0) { // one warning per ten thousand: a foreign writer must not flood the log
                log.warn("Log entry {} is not an envelope ({}); no read model applies it ({} such entries so far)",
                        index, notAnEnvelope.getMessage(), foreignEntries);
            }
            return null;
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

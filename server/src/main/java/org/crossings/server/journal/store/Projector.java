package org.crossings.server.journal.store;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.EnvelopeSignatures;
import org.crossings.server.journal.Finding;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.storage.LogStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the log to the read models, entry after entry in log order, on one thread. Each chunk of entries is applied
 * by every projection in a transaction that also moves {@code journal_position}, so after a crash it resumes exactly
 * where it stopped.
 *
 * <p>Total over what the log can hold: an entry that is not an envelope, whose signature is not its actor's, whose
 * payload cannot be read, or that a projection refuses, is set aside (for that projection alone, when only one refuses
 * it) and kept as a {@link Finding} in the same transaction; then the next entry is applied. The same log gives the
 * same findings on every node. A failure of the database itself is never taken for a bad entry: the chunk is tried
 * again every few seconds until it passes, with nothing applied twice.
 *
 * <p>A chunk is first applied as a whole; only if that fails for an entry's sake is it applied again with a savepoint
 * around each projection's share of each entry, so the common path pays nothing for the isolation.
 */
final class Projector implements AutoCloseable {

    /** How far the read models are, and why they stopped if they did. */
    record Status(long applied, long findings, Optional<String> stopped) {
    }

    private static final Logger log = LoggerFactory.getLogger(Projector.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CHUNK = 256;
    private static final long RETRY_MILLIS = 2_000;

    private final LogStorage storage;
    private final LongSupplier committedSize;
    private final Payloads payloads;
    private final List<Projection> projections;
    private final EnvelopeSignatures signatures;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Findings findings;
    private final Clock clock;
    private final Object progress = new Object();
    private final Thread thread;
    private long applied;
    private long findingCount;
    private RuntimeException halted;
    private long failures;
    private volatile boolean closing;

    Projector(LogStorage log, LongSupplier committedSize, Payloads payloads, List<Projection> projections,
            EnvelopeSignatures signatures, TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.storage = log;
        this.committedSize = committedSize;
        this.payloads = payloads;
        this.projections = List.copyOf(projections);
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.findings = new Findings(jdbc);
        this.clock = clock;
        this.applied = jdbc.sql("SELECT applied FROM journal_position WHERE id = 1").query(Long.class).single();
        this.findingCount = findings.count();
        this.thread = Thread.ofPlatform().name("journal-projector").daemon().start(this::run);
    }

    /** Tells the projector the log grew. */
    void wake() {
        synchronized (progress) {
            progress.notifyAll();
        }
    }

    /** True once the entry at {@code index} has been applied (or set aside) by every projection; false on timeout. */
    boolean awaitApplied(long index, Duration timeout) {
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
    void awaitCaughtUp() {
        long size = committedSize.getAsLong();
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
    void rebuild() {
        synchronized (progress) {
            signatures.forget();
            transactions.executeWithoutResult(status -> {
                projections.forEach(Projection::reset);
                findings.clear();
                jdbc.sql("UPDATE journal_position SET applied = 0 WHERE id = 1").update();
            });
            applied = 0;
            findingCount = 0;
            halted = null;
            catchUp();
            if (halted != null) {
                throw new IllegalStateException("the rebuild stopped at entry " + applied, halted);
            }
        }
    }

    Status status() {
        synchronized (progress) {
            return new Status(applied, findingCount, Optional.ofNullable(halted).map(failure ->
                    "the read models stopped at entry " + applied + ": "
                            + NestedExceptionUtils.getMostSpecificCause(failure).getMessage()));
        }
    }

    List<Finding> findings(long from, int limit) {
        return findings.list(from, limit);
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

    /** An entry as read from the log: its envelope, or why it is none. */
    private record Read(long index, Envelope envelope, String notAnEnvelope) {
    }

    /**
     * Applies consecutive entries in one transaction: fewer commits, the same all-or-nothing. Its payloads are read
     * in one query before. If an entry makes the whole fail, the chunk is applied again entry by entry, each
     * projection's share under a savepoint, and what is refused is set aside.
     */
    private void applyChunk(long first, List<byte[]> entries) {
        List<Read> reads = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            reads.add(read(first + i, entries.get(i)));
        }
        Map<Hash, byte[]> held = payloads.payloads(reads.stream().map(Read::envelope).filter(Objects::nonNull)
                .flatMap(envelope -> envelope.parts().stream()).map(Envelope.Part::digest).toList());
        long found;
        try {
            found = transactions.execute(status -> applyAll(reads, held, null));
        } catch (RuntimeException failure) {
            signatures.forget(); // keys read inside the transaction that failed may not be the log's
            if (Failures.isInfrastructure(failure)) {
                throw failure;
            }
            found = transactions.execute(status -> applyAll(reads, held, status));
        }
        applied = first + entries.size();
        findingCount += found;
    }

    /** @param guarded the transaction to take savepoints in, or null to apply without them; returns the findings */
    private long applyAll(List<Read> reads, Map<Hash, byte[]> held, TransactionStatus guarded) {
        long found = 0;
        for (Read read : reads) {
            Optional<Recorded> recorded = recorded(read, held, guarded);
            if (recorded.isEmpty()) {
                found++;
                continue;
            }
            for (Projection projection : projections) {
                if (guarded == null) {
                    projection.apply(recorded.get());
                } else if (!applyGuarded(projection, recorded.get(), guarded)) {
                    found++;
                }
            }
        }
        jdbc.sql("UPDATE journal_position SET applied = ? WHERE id = 1")
                .param(reads.getLast().index() + 1).update();
        return found;
    }

    /** The entry for the projections, or empty once it is set aside as no envelope, unsigned, or unreadable. */
    private Optional<Recorded> recorded(Read read, Map<Hash, byte[]> held, TransactionStatus guarded) {
        if (read.envelope() == null) {
            return setAside(read.index(), Finding.JOURNAL, "not an envelope: " + read.notAnEnvelope());
        }
        Recorded recorded;
        try {
            recorded = new Recorded(read.index(), read.envelope(), payload(read.envelope(), held));
        } catch (JacksonException unreadable) {
            return setAside(read.index(), Finding.JOURNAL, "the payload is not JSON: " + unreadable.getOriginalMessage());
        }
        Optional<String> refusal = guarded == null ? signatures.refusal(recorded) : checkGuarded(recorded, guarded);
        if (refusal.isPresent()) {
            return setAside(read.index(), Finding.JOURNAL, "signature: " + refusal.get());
        }
        return Optional.of(recorded);
    }

    /** The parts of the payload this node holds, as one object; missing when it holds none. */
    private static JsonNode payload(Envelope envelope, Map<Hash, byte[]> held) {
        List<JsonNode> parts = new ArrayList<>();
        for (Envelope.Part part : envelope.parts()) {
            byte[] content = held.get(part.digest());
            if (content != null) {
                parts.add(JSON.readTree(content));
            }
        }
        return parts.isEmpty() ? JSON.missingNode() : org.crossings.server.journal.Event.merged(parts);
    }

    private Optional<String> checkGuarded(Recorded recorded, TransactionStatus transaction) {
        Object savepoint = transaction.createSavepoint();
        try {
            Optional<String> refusal = signatures.refusal(recorded);
            transaction.releaseSavepoint(savepoint);
            return refusal;
        } catch (RuntimeException failure) {
            if (Failures.isInfrastructure(failure)) {
                throw failure;
            }
            transaction.rollbackToSavepoint(savepoint);
            return Optional.of("cannot be checked: " + reason(failure));
        }
    }

    /** Applies one projection's share of one entry under a savepoint; false if it refused the entry. */
    private boolean applyGuarded(Projection projection, Recorded recorded, TransactionStatus transaction) {
        Object savepoint = transaction.createSavepoint();
        try {
            projection.apply(recorded);
            transaction.releaseSavepoint(savepoint);
            return true;
        } catch (RuntimeException refused) {
            if (Failures.isInfrastructure(refused)) {
                throw refused;
            }
            transaction.rollbackToSavepoint(savepoint); // if the database is gone, this throws: retried, not set aside
            setAside(recorded.index(), projection.name(), reason(refused));
            return false;
        }
    }

    private <T> Optional<T> setAside(long index, String projection, String reason) {
        Finding finding = new Finding(index, projection, reason, clock.instant());
        findings.add(finding);
        if (findingCount < 100 || findingCount % 1_000 == 0) {
            log.warn("Log entry {} is set aside by {}: {}", index, projection, finding.reason());
        }
        return Optional.empty();
    }

    private static String reason(RuntimeException failure) {
        String message = NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    private static Read read(long index, byte[] entry) {
        try {
            return new Read(index, EnvelopeJson.parse(entry), null);
        } catch (RuntimeException notAnEnvelope) {
            return new Read(index, null, notAnEnvelope.getMessage());
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

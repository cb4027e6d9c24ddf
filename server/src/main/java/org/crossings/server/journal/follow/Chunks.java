package org.crossings.server.journal.follow;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.EnvelopeSignatures;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.Finding;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.tlog.merkle.Hash;
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
 * How the {@link Projector} applies a chunk of consecutive log entries: in one transaction that also moves {@code
 * journal_position}, total over what the log can hold. An entry that is not an envelope, whose signature is not its
 * actor's, whose payload cannot be read, or that a projection refuses, is set aside (for that projection alone, when
 * only one refuses it) and kept as a {@link Finding} in the same transaction; then the next entry is applied.
 *
 * <p>A chunk is first applied as a whole; only if that fails for an entry's sake is it applied again with a savepoint
 * around each projection's share of each entry, so the common path pays nothing for the isolation. A failure of the
 * database itself is never taken for a bad entry: it is thrown, and the projector tries the chunk again later.
 */
final class Chunks {

    private static final Logger log = LoggerFactory.getLogger(Chunks.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OwedPayloads payloads;
    private final List<Projection> projections;
    private final EnvelopeSignatures signatures;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Findings findings;
    private final Clock clock;
    private long setAside; // on the projector's one thread: how many entries were set aside since start

    Chunks(OwedPayloads payloads, List<Projection> projections, EnvelopeSignatures signatures,
            TransactionTemplate transactions, JdbcClient jdbc, Clock clock) {
        this.payloads = payloads;
        this.projections = List.copyOf(projections);
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.findings = new Findings(jdbc);
        this.clock = clock;
    }

    Findings findings() {
        return findings;
    }

    /** Drops every read model and the findings, and moves the position back to entry 0, in one transaction. */
    void reset() {
        signatures.forget();
        transactions.executeWithoutResult(status -> {
            projections.forEach(Projection::reset);
            findings.clear();
            jdbc.sql("UPDATE journal_position SET applied = 0 WHERE id = 1").update();
        });
    }

    /** An entry as read from the log: its envelope, or why it is none. */
    private record Read(long index, Envelope envelope, String notAnEnvelope) {
    }

    /**
     * Applies consecutive entries from {@code first} on; returns how many findings they made. Their payloads are read
     * in one query before.
     *
     * @throws RuntimeException when the database fails: nothing of the chunk was applied
     */
    long apply(long first, List<byte[]> entries) {
        List<Read> reads = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            reads.add(read(first + i, entries.get(i)));
        }
        Map<Hash, byte[]> held = payloads.payloads(reads.stream().map(Read::envelope).filter(Objects::nonNull)
                .flatMap(envelope -> envelope.parts().stream()).map(Envelope.Part::digest).toList());
        try {
            return transactions.execute(status -> applyAll(reads, held, null));
        } catch (RuntimeException failure) {
            signatures.forget(); // keys read inside the transaction that failed may not be the log's
            if (Failures.isInfrastructure(failure)) {
                throw failure;
            }
            return transactions.execute(status -> applyAll(reads, held, status));
        }
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
        Optional<String> refusal = guarded == null ? signatures.refusal(recorded)
                : underSavepoint(guarded, () -> signatures.refusal(recorded),
                        failure -> Optional.of("cannot be checked: " + reason(failure)));
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
        return parts.isEmpty() ? JSON.missingNode() : Event.merged(parts);
    }

    /** Applies one projection's share of one entry under a savepoint; false if it refused the entry. */
    private boolean applyGuarded(Projection projection, Recorded recorded, TransactionStatus transaction) {
        return underSavepoint(transaction, () -> {
            projection.apply(recorded);
            return true;
        }, refused -> {
            setAside(recorded.index(), projection.name(), reason(refused));
            return false;
        });
    }

    /**
     * Runs {@code work} under a savepoint; if it refuses the entry (throws anything but a database failure), rolls
     * back to the savepoint and answers {@code refused}. If the database is gone, the rollback throws too: retried,
     * not set aside.
     */
    private static <T> T underSavepoint(TransactionStatus transaction, Supplier<T> work,
            Function<RuntimeException, T> refused) {
        Object savepoint = transaction.createSavepoint();
        try {
            T done = work.get();
            transaction.releaseSavepoint(savepoint);
            return done;
        } catch (RuntimeException failure) {
            if (Failures.isInfrastructure(failure)) {
                throw failure;
            }
            transaction.rollbackToSavepoint(savepoint);
            return refused.apply(failure);
        }
    }

    private <T> Optional<T> setAside(long index, String projection, String reason) {
        Finding finding = new Finding(index, projection, reason, clock.instant());
        findings.add(finding);
        if (setAside++ < 100 || setAside % 1_000 == 0) { // a hostile writer must not flood the node's log
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
}

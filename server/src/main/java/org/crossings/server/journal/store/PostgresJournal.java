package org.crossings.server.journal.store;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.crossings.server.journal.CanonicalJson;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.server.journal.Subject;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.storage.LogStorage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journal on this node's log and PostgreSQL: payload first, then the signed envelope into the log, then wait
 * for the read models. Subject locks are per process, which is enough while one node writes the log.
 */
public final class PostgresJournal implements Journal, AutoCloseable {

    private final LogWriter writer;
    private final Payloads payloads;
    private final Projector projector;
    private final PartySigners signers;
    private final Clock clock;
    private final ConcurrentHashMap<Subject, SubjectLock> locks = new ConcurrentHashMap<>();

    /** Starts the journal; its projector first catches up with whatever the log holds that it has not applied. */
    public static PostgresJournal start(LogWriter writer, LogStorage storage, JdbcClient jdbc,
            TransactionTemplate transactions, List<Projection> projections, PartySigners signers, Clock clock) {
        Payloads payloads = new Payloads(jdbc);
        Projector projector = new Projector(storage, writer::size, payloads, projections, transactions, jdbc);
        projector.awaitApplied(writer.size() - 1);
        return new PostgresJournal(writer, payloads, projector, signers, clock);
    }

    private PostgresJournal(LogWriter writer, Payloads payloads, Projector projector, PartySigners signers,
            Clock clock) {
        this.writer = writer;
        this.payloads = payloads;
        this.projector = projector;
        this.signers = signers;
        this.clock = clock;
    }

    @Override
    public Recorded record(Event event) {
        NoteSigner signer = signers.signer(event.actor());
        Envelope envelope = new Envelope(event.type(), clock.instant(), event.subject(), event.actor(),
                signer.keyId(), event.passage(), event.direction(), event.category(),
                new java.util.TreeSet<>(event.recipients()), event.allowedBy(), event.reason(),
                payloads.keep(CanonicalJson.bytes(event.payload())), null);
        Envelope signed = envelope.signedWith(signer.sign(EnvelopeJson.signedBytes(envelope)));
        long index;
        try {
            index = writer.append(EnvelopeJson.bytes(signed)).join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the log did not take the " + event.type() + " entry; nothing was recorded",
                    e.getCause());
        }
        projector.wake();
        projector.awaitApplied(index);
        return new Recorded(index, signed, event.payload());
    }

    /**
     * Runs {@code work} under the subject's lock. A lock lives only while someone holds or waits for it, so the map
     * does not grow with every case ever decided.
     */
    @Override
    public <T> T exclusively(Subject subject, Supplier<T> work) {
        SubjectLock held = locks.compute(subject, (s, existing) -> {
            SubjectLock lock = existing != null ? existing : new SubjectLock();
            lock.users++;
            return lock;
        });
        held.lock.lock();
        try {
            return work.get();
        } finally {
            held.lock.unlock();
            locks.computeIfPresent(subject, (s, lock) -> --lock.users == 0 ? null : lock);
        }
    }

    /** A subject's lock and how many callers hold or wait for it; changed only inside the map's compute. */
    private static final class SubjectLock {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    /** The private payloads this node holds. */
    public org.crossings.server.journal.PrivatePayloads payloads() {
        return payloads;
    }

    /** Drops every read model and replays the whole log into them. */
    public void rebuild() {
        projector.rebuild();
    }

    @Override
    public void close() {
        projector.close();
    }
}

package org.crossings.server.journal.store;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.crossings.server.journal.CanonicalJson;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.EnvelopeSignatures;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.Finding;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.JournalStatus;
import org.crossings.server.journal.JournalUnavailable;
import org.crossings.server.journal.RecordedNotApplied;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.server.journal.SignaturesMade;
import org.crossings.server.journal.Subject;
import org.crossings.server.journal.follow.Projector;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.storage.LogStorage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The journal on this node's log and PostgreSQL: payload first, then the signed envelope into the log, then wait
 * for the read models. Subject locks are per process, which is enough while one node writes the log.
 *
 * <p>"Once" holds also when the read models lag: the last entry appended about each subject is remembered until the
 * read models have applied it, and work on that subject waits for it before it reads the subject's state, or is
 * refused with nothing recorded ({@link JournalUnavailable}). So a decision is never taken twice because the first
 * one's entry was durable but not yet applied.
 */
public final class PostgresJournal implements Journal, AutoCloseable {

    /** How long a caller waits for the read models to apply its entry, or its subject's last one, before answering. */
    private static final Duration APPLY_WAIT = Duration.ofSeconds(5);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    private final LogWriter writer;
    private final LocalEntries entries;
    private final Payloads payloads;
    private final Projector projector;
    private final PartySigners signers;
    private final SignaturesMade made;
    private final Clock clock;
    private final ConcurrentHashMap<Subject, SubjectLock> locks = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Subject, Long> unapplied = new ConcurrentHashMap<>();

    /**
     * Starts the journal; its projector first catches up with whatever the log holds that it has not applied. No
     * entry can stop that (entries a read model cannot take are set aside); a database that does not answer can.
     */
    public static PostgresJournal start(LogWriter writer, LogStorage storage, JdbcClient jdbc,
            TransactionTemplate transactions, List<Projection> projections, EnvelopeSignatures signatures,
            PartySigners signers, Clock clock) {
        return start(writer, storage, jdbc, transactions, projections, signatures, signers, new SignaturesMade(),
                clock);
    }

    /**
     * @param made where the journal notes the envelope signatures it makes, for {@code signatures} to skip verifying
     *     them again when the projector applies them
     */
    public static PostgresJournal start(LogWriter writer, LogStorage storage, JdbcClient jdbc,
            TransactionTemplate transactions, List<Projection> projections, EnvelopeSignatures signatures,
            PartySigners signers, SignaturesMade made, Clock clock) {
        Payloads payloads = new Payloads(jdbc);
        LocalEntries entries = new LocalEntries(storage, writer::size);
        Projector projector = new Projector(entries, payloads, projections, signatures, transactions, jdbc, clock);
        projector.awaitCaughtUp();
        return new PostgresJournal(writer, entries, payloads, projector, signers, made, clock);
    }

    private PostgresJournal(LogWriter writer, LocalEntries entries, Payloads payloads, Projector projector,
            PartySigners signers, SignaturesMade made, Clock clock) {
        this.writer = writer;
        this.made = made;
        this.entries = entries;
        this.payloads = payloads;
        this.projector = projector;
        this.signers = signers;
        this.clock = clock;
    }

    @Override
    public Recorded record(Event event) {
        NoteSigner signer = signers.signer(event.actor());
        List<Hash> digests = payloads.keepAll(event.parts().stream()
                .map(part -> CanonicalJson.bytes(part.content())).toList());
        List<Envelope.Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i < digests.size(); i++) {
            Event.Part part = event.parts().get(i);
            parts.add(new Envelope.Part(part.name(), new java.util.TreeSet<>(part.recipients()), digests.get(i)));
        }
        Envelope envelope = new Envelope(2, event.type(), clock.instant(), event.subject(), event.actor(),
                signer.keyId(), event.facts(), parts, null);
        byte[] signable = EnvelopeJson.signedBytes(envelope);
        byte[] signature = signer.sign(signable);
        made.made(signable, signer.keyId(), signature);
        Envelope signed = envelope.signedWith(signature);
        byte[] entry = EnvelopeJson.bytes(signed);
        long index = append(event, entry);
        entries.appended(index, entry);
        unapplied.merge(event.subject(), index, Math::max);
        projector.wake();
        if (!projector.awaitApplied(index, APPLY_WAIT)) {
            throw new RecordedNotApplied(index, event.subject());
        }
        unapplied.remove(event.subject(), index);
        return new Recorded(index, signed, event.payload());
    }

    private long append(Event event, byte[] entry) {
        try {
            return writer.append(entry).join();
        } catch (CompletionException e) {
            String why = e.getCause() instanceof RejectedExecutionException ? "the log's queue is full"
                    : "the log's database did not take it";
            throw new JournalUnavailable("the " + event.type() + " entry was not recorded: " + why
                    + "; try again shortly", RETRY_AFTER, e.getCause());
        }
    }

    /**
     * Waits until the subject's last entry is applied, so that {@code work} reads its current state; refuses with
     * nothing recorded if the read models do not get there in time.
     */
    private void awaitSubjectApplied(Subject subject) {
        Long last = unapplied.get(subject);
        if (last == null) {
            return;
        }
        if (!projector.awaitApplied(last, APPLY_WAIT)) {
            throw new JournalUnavailable("the read models have not yet applied entry " + last + " about " + subject
                    + ", so its current state is not known; nothing was recorded, try again shortly", RETRY_AFTER,
                    null);
        }
        unapplied.remove(subject, last);
    }

    /** The log's size, the read models' position, the entries set aside. */
    public JournalStatus status() {
        Projector.Status status = projector.status();
        return new JournalStatus(writer.size(), status.applied(), status.findings(), status.stopped());
    }

    /** The entries set aside, in log order, from entry {@code from} on. */
    public List<Finding> findings(long from, int limit) {
        return projector.findings(from, limit);
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
            awaitSubjectApplied(subject);
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

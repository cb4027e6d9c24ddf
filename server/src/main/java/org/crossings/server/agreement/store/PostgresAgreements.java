package org.crossings.server.agreement.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementEvent;
import org.crossings.server.agreement.AgreementEvent.AgreementProposed;
import org.crossings.server.agreement.AgreementEvent.AgreementSigned;
import org.crossings.server.agreement.AgreementEvent.AgreementSuspended;
import org.crossings.server.agreement.AgreementEventJson;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.AgreementTimeline;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.Eligibility;
import org.crossings.server.agreement.TermsDocument;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeFormat;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.server.party.Parties;
import org.crossings.server.place.Places;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The agreements read model: tables in PostgreSQL for the record and the timeline, and every agreement with its
 * eligibility index in memory for decisions and checks.
 *
 * <p>The projector thread alone changes the working state; it is published to readers, as one immutable snapshot,
 * when the projector's transaction commits (or dropped when it rolls back), so readers never see an agreement the
 * database does not hold. After a restart the snapshot is loaded from the tables.
 */
public final class PostgresAgreements implements Agreements, Projection {

    private static final Comparator<AgreementRef> ORDER = Comparator.comparing(AgreementRef::id)
            .thenComparingInt(AgreementRef::version);

    private record Snapshot(Map<AgreementRef, Agreement> versions, Eligibility eligibility) {
        static Snapshot of(Map<AgreementRef, Agreement> versions) {
            Map<AgreementRef, Agreement> copy = new TreeMap<>(ORDER);
            copy.putAll(versions);
            return new Snapshot(java.util.Collections.unmodifiableMap(copy), Eligibility.of(copy.values()));
        }
    }

    private final AgreementTables tables;
    private final Parties parties;
    private final Places places;
    private volatile Snapshot published;
    private Map<AgreementRef, Agreement> working;
    private boolean publishing;

    public PostgresAgreements(JdbcClient jdbc, Parties parties, Places places) {
        this.tables = new AgreementTables(jdbc);
        this.parties = parties;
        this.places = places;
    }

    @Override
    public Optional<Agreement> find(AgreementRef ref) {
        return Optional.ofNullable(snapshot().versions().get(ref));
    }

    @Override
    public List<Agreement> versions(AgreementId id) {
        return all().stream().filter(a -> a.ref().id().equals(id)).toList();
    }

    @Override
    public List<Agreement> all() {
        return List.copyOf(snapshot().versions().values());
    }

    @Override
    public Eligibility eligibility() {
        return snapshot().eligibility();
    }

    @Override
    public List<AgreementTimeline> timeline() {
        return tables.timeline();
    }

    @Override
    public void apply(Recorded entry) {
        Envelope envelope = entry.envelope();
        envelope.text(EnvelopeFormat.ALLOWED_BY).flatMap(PostgresAgreements::citedAgreement).ifPresent(tables::used);
        if (!AgreementEventJson.isAgreementEvent(envelope.type()) || entry.payload().isMissingNode()) {
            return;
        }
        AgreementEvent event = AgreementEventJson.read(envelope.type(), entry.payload(), parties, places);
        Map<AgreementRef, Agreement> state = working();
        Agreement before = state.get(event.agreement());
        Agreement after = next(before, event, entry.index());
        switch (event) {
            case AgreementProposed proposed -> tables.proposed(proposed, entry);
            case AgreementSigned signed -> tables.signed(signed, entry);
            case AgreementSuspended suspended -> tables.suspended(suspended, entry);
        }
        if (after.inForceFrom().isPresent() && before != null && before.inForceFrom().isEmpty()) {
            tables.inForce(after.ref(), latest(after.inForceFrom().get(), envelope.time()));
        }
        state.put(after.ref(), after);
        publishOnCommit();
    }

    @Override
    public void reset() {
        tables.deleteAll();
        working = new TreeMap<>(ORDER);
        publishOnCommit();
    }

    private static Agreement next(Agreement before, AgreementEvent event, long index) {
        if (event instanceof AgreementProposed proposed) {
            if (before != null) {
                throw new IllegalStateException("log entry " + index + " proposes " + event.agreement()
                        + " again");
            }
            return Agreement.proposed(proposed);
        }
        if (before == null) {
            throw new IllegalStateException("log entry " + index + " changes " + event.agreement()
                    + ", which no earlier entry proposed");
        }
        return before.apply(event);
    }

    /** The timeline dates steps by their envelopes: in force no earlier than the last signature's entry. */
    private static java.time.Instant latest(java.time.Instant a, java.time.Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The agreement an envelope cites; a citation this feature cannot read counts for none. */
    private static Optional<AgreementRef> citedAgreement(String allowedBy) {
        try {
            return Optional.of(AgreementRef.parse(allowedBy));
        } catch (IllegalArgumentException notAnAgreement) {
            return Optional.empty();
        }
    }

    private Map<AgreementRef, Agreement> working() {
        if (working == null) {
            working = new TreeMap<>(ORDER);
            working.putAll(snapshot().versions());
        }
        return working;
    }

    private void publishOnCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            published = Snapshot.of(working);
            return;
        }
        if (publishing) {
            return;
        }
        publishing = true;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                publishing = false;
                if (status == STATUS_COMMITTED) {
                    published = Snapshot.of(working);
                } else {
                    working = null;
                }
            }
        });
    }

    private Snapshot snapshot() {
        Snapshot current = published;
        if (current == null) {
            synchronized (this) {
                if (published == null) {
                    published = load();
                }
                current = published;
            }
        }
        return current;
    }

    private Snapshot load() {
        Map<AgreementRef, Agreement> loaded = new TreeMap<>(ORDER);
        for (AgreementTables.StoredVersion stored : tables.versions()) {
            Agreement agreement = Agreement.proposed(new AgreementProposed(stored.ref(),
                    TermsDocument.parse(stored.terms(), parties, places), stored.proposer(), stored.proposedAt()));
            for (var signature : stored.signatures()) {
                agreement = agreement.apply(new AgreementSigned(stored.ref(), signature));
            }
            if (stored.suspension() != null) {
                agreement = agreement.apply(stored.suspension());
            }
            loaded.put(stored.ref(), agreement);
        }
        return Snapshot.of(loaded);
    }

}

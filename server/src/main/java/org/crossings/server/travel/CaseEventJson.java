package org.crossings.server.travel;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeFormat;
import org.crossings.server.journal.Recorded;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.PlaceFacts;

/**
 * Reads a case's events from the log: the envelope's public facts, and of an entry that opens a case the payload's
 * parts this node holds ({@link TravellerJson}). The one place that turns a log entry into a {@link CaseEvent}.
 */
public final class CaseEventJson {

    private CaseEventJson() {
    }

    /**
     * The case event an entry records; empty for an entry of anything but a case, of a type that is no case event,
     * or without the passage and direction every envelope of a case carries (nothing to apply it to).
     *
     * @param passages the registered passages, by id
     * @throws IllegalArgumentException if the entry names a passage that is not registered, a direction that does
     *     not cross it, or an agreement reference that cannot be read
     */
    public static Optional<CaseEvent> read(Recorded recorded, Function<PassageId, Optional<Passage>> passages) {
        Envelope envelope = recorded.envelope();
        if (!envelope.subject().kind().equals(TravellerEvents.SUBJECT_KIND)
                || PlaceFacts.passage(envelope.facts()).isEmpty() || PlaceFacts.direction(envelope.facts()).isEmpty()) {
            return Optional.empty();
        }
        return CaseEventType.of(envelope.type()).map(type -> event(type, recorded, passages));
    }

    private static CaseEvent event(CaseEventType type, Recorded recorded,
            Function<PassageId, Optional<Passage>> passages) {
        Envelope envelope = recorded.envelope();
        CaseReference reference = CaseReference.of(envelope.subject().id());
        CaseEntry entry = new CaseEntry(recorded.index(), type, envelope.time(), PartyCode.of(envelope.actor()),
                envelope.text(EnvelopeFormat.REASON), PartyCode.parties(envelope.recipients()));
        return switch (type) {
            case PREREGISTERED -> new CaseEvent.Preregistered(reference, entry, opening(recorded, passages));
            case TAKEN_IN -> new CaseEvent.TakenIn(reference, entry, opening(recorded, passages));
            case NOT_ELIGIBLE -> new CaseEvent.NotEligible(reference, entry, opening(recorded, passages));
            case EXIT_ALLOWED -> new CaseEvent.ExitAllowed(reference, entry);
            case EXIT_REFUSED -> new CaseEvent.ExitRefused(reference, entry);
            case ADMITTED -> new CaseEvent.Admitted(reference, entry);
            case ADMITTED_IN_TRANSIT -> new CaseEvent.AdmittedInTransit(reference, entry);
            case ENTRY_REFUSED -> new CaseEvent.EntryRefused(reference, entry);
        };
    }

    private static CaseOpening opening(Recorded recorded, Function<PassageId, Optional<Passage>> passages) {
        Envelope envelope = recorded.envelope();
        PassageId id = PlaceFacts.passage(envelope.facts()).orElseThrow();
        Passage passage = passages.apply(id).orElseThrow(() -> new IllegalArgumentException("case "
                + envelope.subject().id() + ": passage " + id + " is not registered"));
        return new CaseOpening(new Way(passage, PlaceFacts.direction(envelope.facts()).orElseThrow()),
                envelope.text(EnvelopeFormat.CATEGORY).orElse("unknown"),
                envelope.text(EnvelopeFormat.ALLOWED_BY).map(AgreementRef::parse),
                partRecipients(envelope, TravellerJson.IDENTITY),
                partRecipients(envelope, TravellerJson.TRAVEL_DOCUMENT),
                TravellerJson.readableTraveller(recorded.payload()), TravellerJson.readSecretHash(recorded.payload()));
    }

    /**
     * The recipients of one part of a traveller's entry: its own in a version 2 envelope, the whole payload's in a
     * version 1 envelope (one payload for everything), and none where the entry has no such part.
     */
    private static Set<PartyCode> partRecipients(Envelope envelope, String part) {
        return envelope.parts().stream().filter(p -> p.name().equals(part) || p.name().equals(Envelope.WHOLE))
                .findFirst().<Set<PartyCode>>map(p -> PartyCode.parties(p.recipients())).orElse(Set.of());
    }
}

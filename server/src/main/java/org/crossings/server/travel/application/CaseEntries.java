package org.crossings.server.travel.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.DataKind;
import org.crossings.server.agreement.Disclosure;
import org.crossings.server.journal.EnvelopeFormat;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.PublicFacts;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.RouteId;
import org.crossings.server.place.Places;
import org.crossings.server.place.PlaceFacts;
import org.crossings.server.travel.CaseEventType;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.IntakePayload;
import org.crossings.server.travel.Way;
import org.crossings.server.travel.TravellerJson;
import org.crossings.server.travel.TravellerEvents;

/**
 * How a case's steps become journal entries, and who receives their payloads.
 */
final class CaseEntries {

    /** What a traveller's entry holds: the document's zone, which is the traveller's identity and their document. */
    static final Set<DataKind> TRAVELLER_DATA = Set.of(DataKind.TRAVELLER_IDENTITY, DataKind.TRAVEL_DOCUMENTS);
    static final Set<DataKind> DECISIONS = Set.of(DataKind.DECISIONS);

    private final Places places;
    private final Agreements agreements;

    CaseEntries(Places places, Agreements agreements) {
        this.places = places;
        this.agreements = agreements;
    }

    /** The way across a passage, checked to exist, in a direction that crosses it. */
    Way way(PassageId id, Direction direction) {
        String field = id instanceof RouteId ? "route" : "crossingPoint";
        Passage passage = places.passage(id).orElseThrow(() -> new IllegalArgumentException(
                field + " \"" + id + "\" is not a known " + (id instanceof RouteId ? "route" : "crossing point")));
        if (!passage.allows(direction)) {
            throw new IllegalArgumentException("direction \"" + direction + "\" does not cross " + id
                    + "; it runs " + passage.directions().get(0) + " or " + passage.directions().get(1));
        }
        return new Way(passage, direction);
    }

    /**
     * Who receives a payload part of these kinds of data: the parties to which the agreement that allowed the crossing
     * discloses any of them, and no one else: the acting party only if the agreement names it for them too (the
     * operator that takes a traveller in on a route whose agreement names it for travel documents does not keep the
     * traveller's identity). Without an agreement (a refusal at intake), or where it names no one for them, the
     * acting party alone, which wrote the data.
     */
    Set<PartyCode> recipients(Optional<AgreementRef> allowedBy, Set<DataKind> kinds, PartyCode actor) {
        Set<PartyCode> recipients = new TreeSet<>();
        allowedBy.flatMap(agreements::find).ifPresent(agreement -> agreement.terms().disclosure().stream()
                .filter(d -> d.data().stream().anyMatch(kinds::contains)).map(Disclosure::to)
                .forEach(recipients::add));
        if (recipients.isEmpty()) {
            recipients.add(actor);
        }
        return recipients;
    }

    /**
     * Runs {@code work} for a new case (or pre-registration), under its lock, with a random reference that is not
     * {@code taken} yet: references are drawn at random, and a collision, however unlikely, must never merge two
     * travellers' cases.
     */
    static <T> T newCase(Journal journal, Predicate<CaseReference> taken, Function<CaseReference, T> work) {
        for (int attempt = 0; attempt < 5; attempt++) {
            CaseReference reference = CaseReference.random();
            Optional<T> done = journal.exclusively(TravellerEvents.subject(reference),
                    () -> taken.test(reference) ? Optional.<T>empty() : Optional.of(work.apply(reference)));
            if (done.isPresent()) {
                return done.get();
            }
        }
        throw new IllegalStateException("five random case references in a row were taken already");
    }

    /**
     * The parts of an intake's payload, each for the parties the agreement discloses its kind of data to: the
     * identity to those of traveller-identity, the document's facts to those of travel-documents, the intake (purpose,
     * fee, who took the traveller in, the hash of the traveller's secret) to either.
     */
    List<Event.Part> intakeParts(Optional<AgreementRef> allowedBy, PartyCode actor,
            IntakePayload intake) {
        return List.of(
                new Event.Part(TravellerJson.IDENTITY, PartyCode.signatories(recipients(allowedBy,
                        Set.of(DataKind.TRAVELLER_IDENTITY), actor)), TravellerJson.identity(intake.traveller())),
                new Event.Part(TravellerJson.TRAVEL_DOCUMENT, PartyCode.signatories(recipients(allowedBy,
                        Set.of(DataKind.TRAVEL_DOCUMENTS), actor)),
                        TravellerJson.travelDocument(intake.traveller().document())),
                new Event.Part(TravellerJson.INTAKE, PartyCode.signatories(recipients(allowedBy, TRAVELLER_DATA, actor)),
                        TravellerJson.intake(intake)));
    }

    static Event event(CaseEventType type, CaseReference reference, PartyCode actor, Way way, String category,
            List<Event.Part> parts, Optional<AgreementRef> allowedBy, Optional<String> reason) {
        return new Event(type.type(), TravellerEvents.subject(reference), actor.signatory(),
                facts(way, category, allowedBy, reason), parts);
    }

    /** The public facts of a case's entry: where, which way, the category, the agreement, a refusal's code. */
    private static PublicFacts facts(Way way, String category, Optional<AgreementRef> allowedBy,
            Optional<String> reason) {
        return PlaceFacts.with(PlaceFacts.with(PublicFacts.none(), way.passageId()), way.direction())
                .withText(EnvelopeFormat.CATEGORY, Optional.of(category))
                .withText(EnvelopeFormat.ALLOWED_BY, allowedBy.map(AgreementRef::toString))
                .withText(EnvelopeFormat.REASON, reason);
    }
}

package org.crossings.server.travel.application;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.DataKind;
import org.crossings.server.agreement.Disclosure;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.EventType;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.Places;
import org.crossings.server.place.RouteId;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.TravellerEvents;
import tools.jackson.databind.JsonNode;

/**
 * How a case's steps become journal entries, and who receives their payloads: the parties to which the agreement
 * that allowed the crossing discloses that kind of data, and the acting party, which wrote it. Without an agreement
 * (a refusal at intake), the states whose posts the passage runs through.
 */
final class CaseEntries {

    private final Places places;
    private final Agreements agreements;

    CaseEntries(Places places, Agreements agreements) {
        this.places = places;
        this.agreements = agreements;
    }

    /** The passage, checked to exist, with the direction crossing it. */
    Passage passage(PassageId id, Direction direction) {
        String field = id instanceof RouteId ? "route" : "crossingPoint";
        Passage passage = places.passage(id).orElseThrow(() -> new IllegalArgumentException(
                field + " \"" + id + "\" is not a known " + (id instanceof RouteId ? "route" : "crossing point")));
        if (!passage.allows(direction)) {
            throw new IllegalArgumentException("direction \"" + direction + "\" does not cross " + id
                    + "; it runs " + passage.directions().get(0) + " or " + passage.directions().get(1));
        }
        return passage;
    }

    /**
     * Who runs the front office of a crossing: the operator that an agreement opening the passage names, else the
     * state the traveller leaves, at its own post.
     */
    PartyCode frontOffice(Passage passage, Direction direction) {
        return operatorOf(passage).orElse(passage.departure(direction).party());
    }

    /** The operator an agreement opening this passage names as its front office, if one does. */
    Optional<PartyCode> operatorOf(Passage passage) {
        return agreements.all().stream()
                .filter(a -> a.terms().frontOffice() != null)
                .filter(a -> a.terms().passages().stream().anyMatch(p -> p.id().equals(passage.id())))
                .map(a -> a.terms().frontOffice().code())
                .reduce((first, later) -> later);
    }

    Set<PartyCode> recipients(Optional<AgreementRef> allowedBy, DataKind kind, Passage passage, PartyCode actor) {
        Set<PartyCode> recipients = new TreeSet<>();
        recipients.add(actor);
        Optional<Agreement> agreement = allowedBy.flatMap(agreements::find);
        if (agreement.isEmpty()) {
            recipients.addAll(passage.parties());
            return recipients;
        }
        agreement.get().terms().disclosure().stream().filter(d -> d.data().contains(kind)).map(Disclosure::to)
                .forEach(recipients::add);
        return recipients;
    }

    static Event event(EventType type, CaseReference reference, PartyCode actor, Passage passage,
            Direction direction, String category, Set<PartyCode> recipients, Optional<AgreementRef> allowedBy,
            JsonNode payload, Optional<String> reason) {
        return new Event(type, TravellerEvents.subject(reference), actor, Optional.of(passage.id()),
                Optional.of(direction), Optional.of(category), recipients, allowedBy.map(AgreementRef::toString),
                payload, reason);
    }
}

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
import org.crossings.server.place.CrossingPoint;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.PassageId;
import org.crossings.server.place.Places;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.TravellerEvents;
import tools.jackson.databind.JsonNode;

/**
 * How a case's steps become journal entries, and who receives their payloads: the parties to which the agreement
 * that allowed the crossing discloses that kind of data, and the acting party, which wrote it. Without an agreement
 * (a refusal at intake), the states whose posts the crossing point joins.
 */
final class CaseEntries {

    private final Places places;
    private final Agreements agreements;

    CaseEntries(Places places, Agreements agreements) {
        this.places = places;
        this.agreements = agreements;
    }

    /** The crossing point, checked to be one that travellers' cases run on, with the direction crossing it. */
    CrossingPoint crossingPoint(PassageId id, Direction direction) {
        Passage passage = places.passage(id).orElseThrow(() -> new IllegalArgumentException(
                "crossingPoint \"" + id + "\" is not a known crossing point"));
        if (!(passage instanceof CrossingPoint point)) {
            throw new IllegalArgumentException("crossingPoint \"" + id + "\" is a transit route; a traveller's case"
                    + " crosses one crossing point (transit movements on routes are declared by carriers)");
        }
        if (!point.allows(direction)) {
            throw new IllegalArgumentException("direction \"" + direction + "\" does not cross " + id
                    + "; it runs " + point.directions().get(0) + " or " + point.directions().get(1));
        }
        return point;
    }

    /**
     * Who runs the front office of a crossing: the operator that an agreement opening the crossing point names, else
     * the state the traveller leaves, at its own post.
     */
    PartyCode frontOffice(CrossingPoint point, Direction direction) {
        return operatorOf(point).orElse(point.departure(direction).party());
    }

    /** The operator an agreement opening this crossing point names as its front office, if one does. */
    Optional<PartyCode> operatorOf(CrossingPoint point) {
        return agreements.all().stream()
                .filter(a -> a.terms().frontOffice() != null)
                .filter(a -> a.terms().passages().stream().anyMatch(p -> p.id().equals(point.id())))
                .map(a -> a.terms().frontOffice().code())
                .reduce((first, later) -> later);
    }

    Set<PartyCode> recipients(Optional<AgreementRef> allowedBy, DataKind kind, CrossingPoint point, PartyCode actor) {
        Set<PartyCode> recipients = new TreeSet<>();
        recipients.add(actor);
        Optional<Agreement> agreement = allowedBy.flatMap(agreements::find);
        if (agreement.isEmpty()) {
            recipients.addAll(point.parties());
            return recipients;
        }
        agreement.get().terms().disclosure().stream().filter(d -> d.data().contains(kind)).map(Disclosure::to)
                .forEach(recipients::add);
        return recipients;
    }

    static Event event(EventType type, CaseReference reference, PartyCode actor, CrossingPoint point,
            Direction direction, String category, Set<PartyCode> recipients, Optional<AgreementRef> allowedBy,
            JsonNode payload, Optional<String> reason) {
        return new Event(type, TravellerEvents.subject(reference), actor, Optional.of(point.id()),
                Optional.of(direction), Optional.of(category), recipients, allowedBy.map(AgreementRef::toString),
                payload, reason);
    }
}

package org.crossings.server.travel.application;

import java.util.Objects;
import java.util.Optional;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;
import org.crossings.server.travel.Actor;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.FeeCollected;
import org.crossings.server.travel.Purpose;
import org.crossings.server.travel.TravelDocument;

/**
 * The front office takes a traveller in at the post: from their pre-registration (the document, if given, must be the
 * one pre-registered), or from the document and trip given here.
 */
public record TakeIn(Actor actor, Optional<CaseReference> preregistration, Optional<TravelDocument> document,
                     Optional<Purpose> purpose, Optional<PassageId> passage, Optional<Direction> direction,
                     Optional<FeeCollected> feeCollected) {

    public TakeIn {
        Objects.requireNonNull(actor, "actor");
        preregistration = Objects.requireNonNullElse(preregistration, Optional.empty());
        document = Objects.requireNonNullElse(document, Optional.empty());
        purpose = Objects.requireNonNullElse(purpose, Optional.empty());
        passage = Objects.requireNonNullElse(passage, Optional.empty());
        direction = Objects.requireNonNullElse(direction, Optional.empty());
        feeCollected = Objects.requireNonNullElse(feeCollected, Optional.empty());
    }
}

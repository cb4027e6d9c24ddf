package org.crossings.server.agreement;

import java.time.Instant;
import java.util.Objects;
import org.crossings.server.place.Direction;
import org.crossings.server.place.PassageId;

/** A traveller or consignment asking to cross a passage in a direction at an instant: what eligibility checks. */
public record CrossingRequest(Crosser crosser, PassageId passage, Direction direction, Instant at) {

    public CrossingRequest {
        Objects.requireNonNull(crosser, "crosser");
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(at, "at");
    }
}

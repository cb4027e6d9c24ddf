package org.crossings.server.place;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crossings.server.journal.EnvelopeFormat;
import org.crossings.server.journal.PublicFact;
import org.crossings.server.journal.PublicFacts;

/**
 * Where and which way, as public facts of an envelope: a passage is a {@code crossingPoint} or a {@code route} text,
 * a direction the fields {@code from} and {@code to} (docs/envelope.md). The journal keeps them without knowing what
 * they mean; this is where they become places again.
 */
public final class PlaceFacts {

    private PlaceFacts() {
    }

    /** {@code facts} and the passage. */
    public static PublicFacts with(PublicFacts facts, PassageId passage) {
        String name = passage instanceof RouteId ? EnvelopeFormat.ROUTE : EnvelopeFormat.CROSSING_POINT;
        return facts.with(name, new PublicFact.Text(passage.value()));
    }

    /** {@code facts} and the direction. */
    public static PublicFacts with(PublicFacts facts, Direction direction) {
        return facts.with(EnvelopeFormat.DIRECTION, new PublicFact.Fields(new TreeMap<>(
                Map.of("from", direction.from().value(), "to", direction.to().value()))));
    }

    /**
     * The passage the facts name, if any.
     *
     * @throws IllegalArgumentException if the text is no passage id
     */
    public static Optional<PassageId> passage(PublicFacts facts) {
        Optional<PassageId> crossingPoint = facts.text(EnvelopeFormat.CROSSING_POINT).map(CrossingPointId::of);
        return crossingPoint.isPresent() ? crossingPoint : facts.text(EnvelopeFormat.ROUTE).map(RouteId::of);
    }

    /**
     * The direction the facts name, if any.
     *
     * @throws IllegalArgumentException if its ends are no post codes
     */
    public static Optional<Direction> direction(PublicFacts facts) {
        return facts.fields(EnvelopeFormat.DIRECTION).map(fields -> Direction.of(fields.get("from"), fields.get("to")));
    }
}

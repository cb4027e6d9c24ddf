package org.crossings.server.stats;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.crossings.server.journal.Envelope;

/**
 * The envelopes of a case (subject kind {@code case}) that the statistics read, by event type. Every envelope of a
 * case carries the case's passage, direction and category. Other types, also of cases, are ignored.
 */
enum CaseEvent {
    /** Pre-registered: not a crossing yet; ignored. */
    PREREGISTERED("traveller.preregistered"),
    /** Taken in at the post by the front office, eligible: the waits start here. */
    TAKEN_IN("traveller.taken-in"),
    /** Refused at intake, no agreement allows it: final. */
    NOT_ELIGIBLE("traveller.not-eligible"),
    /** The exit state let the traveller leave. */
    EXIT_ALLOWED("traveller.exit-allowed"),
    /** The exit state refused: final. */
    EXIT_REFUSED("traveller.exit-refused"),
    /** The entry state admitted the traveller: final. */
    ADMITTED("traveller.admitted"),
    /** A state a route crosses admitted the traveller on the way: its exit comes next. */
    ADMITTED_IN_TRANSIT("traveller.admitted-in-transit"),
    /** The entry state refused: final. */
    ENTRY_REFUSED("traveller.entry-refused");

    static final String SUBJECT_KIND = "case";
    private static final Map<String, CaseEvent> BY_TYPE = Map.copyOf(Arrays.stream(values())
            .collect(java.util.stream.Collectors.toMap(event -> event.type, event -> event)));

    private final String type;

    CaseEvent(String type) {
        this.type = type;
    }

    /** What the envelope records about a case, or empty if it is not one of the events above. */
    static Optional<CaseEvent> of(Envelope envelope) {
        if (!envelope.subject().kind().equals(SUBJECT_KIND)) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_TYPE.get(envelope.type().value()));
    }

    /** The outcome this event gives its case, or empty if the case goes on. */
    Optional<Outcome> outcome() {
        return switch (this) {
            case NOT_ELIGIBLE -> Optional.of(Outcome.NOT_ELIGIBLE);
            case EXIT_REFUSED -> Optional.of(Outcome.EXIT_REFUSED);
            case ADMITTED -> Optional.of(Outcome.ADMITTED);
            case ENTRY_REFUSED -> Optional.of(Outcome.ENTRY_REFUSED);
            case PREREGISTERED, TAKEN_IN, EXIT_ALLOWED, ADMITTED_IN_TRANSIT -> Optional.empty();
        };
    }

    /** The step at which this event refuses the traveller, or empty if it is no refusal. */
    Optional<RefusalStep> refusal() {
        return switch (this) {
            case NOT_ELIGIBLE -> Optional.of(RefusalStep.INTAKE);
            case EXIT_REFUSED -> Optional.of(RefusalStep.EXIT);
            case ENTRY_REFUSED -> Optional.of(RefusalStep.ENTRY);
            case PREREGISTERED, TAKEN_IN, EXIT_ALLOWED, ADMITTED, ADMITTED_IN_TRANSIT -> Optional.empty();
        };
    }
}

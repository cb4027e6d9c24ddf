package org.crossings.server.travel;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crossings.server.journal.EventType;

/**
 * The log's words for a traveller's case, declared once: the cases projection, the statistics and the receipts use
 * these, never the text of a type. Every envelope of a case has subject {@code case/<reference>} and carries the
 * case's passage, direction and document category, so statistics need nothing but the envelopes.
 */
public enum CaseEventType {
    /**
     * The traveller submitted their data before arriving; not a crossing yet. Written by no node any more (a
     * pre-registration stays out of the log until intake), but read forever: old logs hold such entries.
     */
    PREREGISTERED("traveller.preregistered"),
    /** The front office took the traveller in, eligible under the agreement the envelope names. */
    TAKEN_IN("traveller.taken-in"),
    /** The front office found that no agreement allows the crossing; the envelope's reason says why. Final. */
    NOT_ELIGIBLE("traveller.not-eligible"),
    /** The state left let the traveller exit. */
    EXIT_ALLOWED("traveller.exit-allowed"),
    /** The state left refused exit. Final. */
    EXIT_REFUSED("traveller.exit-refused"),
    /** Admitted by the state reached: the crossing is over. */
    ADMITTED("traveller.admitted"),
    /** Admitted by a state the route crosses on the way: the next check is that state's exit. */
    ADMITTED_IN_TRANSIT("traveller.admitted-in-transit"),
    /** The state reached refused entry. Final. */
    ENTRY_REFUSED("traveller.entry-refused");

    private static final Map<EventType, CaseEventType> BY_TYPE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(CaseEventType::type, Function.identity()));

    private final EventType type;

    CaseEventType(String type) {
        this.type = EventType.of(type);
    }

    /** The envelope's event type. */
    public EventType type() {
        return type;
    }

    /** The case event type of an envelope's type; empty for any other type (also of a case: ignored). */
    public static Optional<CaseEventType> of(EventType type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    /** The event recording {@code decision} at {@code step}; {@code last} when no check follows it. */
    public static CaseEventType of(Step step, Decision decision, boolean last) {
        boolean allowed = decision instanceof Decision.Allowed;
        return switch (step) {
            case EXIT -> allowed ? EXIT_ALLOWED : EXIT_REFUSED;
            case ENTRY -> !allowed ? ENTRY_REFUSED : last ? ADMITTED : ADMITTED_IN_TRANSIT;
        };
    }

    /** Whether this is a state's decision at one of the case's checks, and at which step. */
    public Optional<Step> step() {
        return switch (this) {
            case EXIT_ALLOWED, EXIT_REFUSED -> Optional.of(Step.EXIT);
            case ADMITTED, ADMITTED_IN_TRANSIT, ENTRY_REFUSED -> Optional.of(Step.ENTRY);
            case PREREGISTERED, TAKEN_IN, NOT_ELIGIBLE -> Optional.empty();
        };
    }

    /** Whether this event refuses the traveller: at intake, at exit or at entry. */
    public boolean refuses() {
        return this == NOT_ELIGIBLE || this == EXIT_REFUSED || this == ENTRY_REFUSED;
    }

    /** Whether this event ends the crossing: a refusal, or the admission by the state reached. */
    public boolean ends() {
        return refuses() || this == ADMITTED;
    }

    @Override
    public String toString() {
        return type.value();
    }
}

package org.crossings.server.travel;

import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Subject;

/**
 * The log's words for a traveller's case. Every envelope of a case has subject {@code case/<reference>} and carries
 * the case's crossing point, direction and document category, so statistics need nothing but the envelopes.
 */
public final class TravellerEvents {

    public static final String SUBJECT_KIND = "case";
    /**
     * The traveller submitted their data before arriving; not a crossing yet. Written by no node any more (a
     * pre-registration stays out of the log until intake), but read forever: old logs hold such entries.
     */
    public static final EventType PREREGISTERED = EventType.of("traveller.preregistered");
    /** The front office took the traveller in, eligible under the agreement the envelope names. */
    public static final EventType TAKEN_IN = EventType.of("traveller.taken-in");
    /** The front office found that no agreement allows the crossing; the envelope's reason says why. */
    public static final EventType NOT_ELIGIBLE = EventType.of("traveller.not-eligible");
    public static final EventType EXIT_ALLOWED = EventType.of("traveller.exit-allowed");
    public static final EventType EXIT_REFUSED = EventType.of("traveller.exit-refused");
    /** Admitted by the state reached: the crossing is over. */
    public static final EventType ADMITTED = EventType.of("traveller.admitted");
    /** Admitted by a state the route crosses on the way: the next check is that state's exit. */
    public static final EventType ADMITTED_IN_TRANSIT = EventType.of("traveller.admitted-in-transit");
    public static final EventType ENTRY_REFUSED = EventType.of("traveller.entry-refused");

    private TravellerEvents() {
    }

    public static Subject subject(CaseReference reference) {
        return new Subject(SUBJECT_KIND, reference.value());
    }

    /** The event recording {@code decision} at {@code step}; {@code last} when no check follows it. */
    public static EventType of(Step step, Decision decision, boolean last) {
        boolean allowed = decision instanceof Decision.Allowed;
        return switch (step) {
            case EXIT -> allowed ? EXIT_ALLOWED : EXIT_REFUSED;
            case ENTRY -> !allowed ? ENTRY_REFUSED : last ? ADMITTED : ADMITTED_IN_TRANSIT;
        };
    }
}

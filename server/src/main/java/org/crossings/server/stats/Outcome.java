package org.crossings.server.stats;

import java.util.Optional;
import org.crossings.server.travel.CaseEventType;

/** How a case ended: the final decision of its crossing, as the last envelope of the case records it. */
public enum Outcome {
    /** The entry state's officer admitted the traveller ({@code traveller.admitted}). */
    ADMITTED("admitted"),
    /** The entry state's officer refused entry ({@code traveller.entry-refused}). */
    ENTRY_REFUSED("entry-refused"),
    /** The exit state's officer refused exit ({@code traveller.exit-refused}). */
    EXIT_REFUSED("exit-refused"),
    /** The front office found no agreement that allows the crossing ({@code traveller.not-eligible}). */
    NOT_ELIGIBLE("not-eligible");

    private final String word;

    Outcome(String word) {
        this.word = word;
    }

    /** The outcome an event gives its case, or empty if the case goes on (or, pre-registered, has not begun). */
    public static Optional<Outcome> of(CaseEventType event) {
        return switch (event) {
            case NOT_ELIGIBLE -> Optional.of(NOT_ELIGIBLE);
            case EXIT_REFUSED -> Optional.of(EXIT_REFUSED);
            case ADMITTED -> Optional.of(ADMITTED);
            case ENTRY_REFUSED -> Optional.of(ENTRY_REFUSED);
            case PREREGISTERED, TAKEN_IN, EXIT_ALLOWED, ADMITTED_IN_TRANSIT -> Optional.empty();
        };
    }

    /** The outcome as a lower-case word, as the event type names it: {@code entry-refused}. */
    public String word() {
        return word;
    }
}

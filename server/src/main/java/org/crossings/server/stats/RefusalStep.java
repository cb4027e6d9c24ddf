package org.crossings.server.stats;

import java.util.Optional;
import org.crossings.server.travel.CaseEventType;

/** Where in a crossing a traveller was refused, and so whose list of reason codes the refusal's reason comes from. */
public enum RefusalStep {
    /** The front office at intake: no agreement allows it; reasons are eligibility codes ({@code no-agreement}). */
    INTAKE("intake"),
    /** The exit state's officer; reasons are that state's exit refusal codes. */
    EXIT("exit"),
    /** The entry state's officer; reasons are the standard form's codes {@code A} to {@code I}. */
    ENTRY("entry");

    private final String word;

    RefusalStep(String word) {
        this.word = word;
    }

    /** The step at which an event refuses the traveller, or empty if it is no refusal. */
    public static Optional<RefusalStep> of(CaseEventType event) {
        return switch (event) {
            case NOT_ELIGIBLE -> Optional.of(INTAKE);
            case EXIT_REFUSED -> Optional.of(EXIT);
            case ENTRY_REFUSED -> Optional.of(ENTRY);
            case PREREGISTERED, TAKEN_IN, EXIT_ALLOWED, ADMITTED, ADMITTED_IN_TRANSIT -> Optional.empty();
        };
    }

    public String word() {
        return word;
    }
}

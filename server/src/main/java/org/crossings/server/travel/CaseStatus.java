package org.crossings.server.travel;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a traveller's case stands. A case is taken in by the front office ({@link #PREREGISTERED} only for a case an
 * old log's {@code traveller.preregistered} entry opened; pre-registrations are no longer in the log), then
 * waits for the exit decision at the post it leaves from and for the entry decision at the post it arrives at.
 * {@link #NOT_ELIGIBLE}, {@link #EXIT_REFUSED}, {@link #ADMITTED} and {@link #ENTRY_REFUSED} end it.
 */
public enum CaseStatus {
    PREREGISTERED, NOT_ELIGIBLE, AWAITING_EXIT, EXIT_REFUSED, AWAITING_ENTRY, ADMITTED, ENTRY_REFUSED;

    public String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CaseStatus fromJson(String value) {
        for (CaseStatus status : values()) {
            if (status.json().equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("case status \"" + value + "\" is unknown");
    }

    /** The decision this status waits for, if any. */
    public Optional<Step> awaiting() {
        return switch (this) {
            case AWAITING_EXIT -> Optional.of(Step.EXIT);
            case AWAITING_ENTRY -> Optional.of(Step.ENTRY);
            default -> Optional.empty();
        };
    }

    public boolean isFinal() {
        return this == NOT_ELIGIBLE || this == EXIT_REFUSED || this == ADMITTED || this == ENTRY_REFUSED;
    }
}

package org.crossings.server.travel;

import java.util.Objects;

/**
 * What an event does to a case ({@link TravellerCase#apply}): a value, never an exception, so the projection is total
 * over whatever the log holds.
 */
public sealed interface CaseChange {

    /** The case after the event; its entry is one of the case's entries. */
    record Applied(TravellerCase after) implements CaseChange {
        public Applied {
            Objects.requireNonNull(after, "case after");
        }
    }

    /**
     * The entry is listed with the case, which it leaves as it was: an intake of a case already taken in. The log
     * has always listed such an entry, so it is listed still.
     */
    record Noted(TravellerCase unchanged, String why) implements CaseChange {
        public Noted {
            Objects.requireNonNull(unchanged, "case unchanged");
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * Not applied, nor listed: a decision the case does not wait for, by a party that is not the state of the check
     * it waits for, or on a case this log never opened. This node's writer never records one; a mirror must not take
     * one from another's log.
     */
    record NotApplied(CaseReference reference, String why) implements CaseChange {
        public NotApplied {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(why, "why");
        }
    }
}

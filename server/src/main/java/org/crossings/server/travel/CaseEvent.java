package org.crossings.server.travel;

import java.util.Objects;

/**
 * What happened to a traveller's case, one record per event type ({@link CaseEventType}). Each carries its entry as the
 * public envelope tells it; the entries that open a case carry what they open it with ({@link CaseOpening}). Applying
 * a case's events in log order with {@link TravellerCase#first} and {@link TravellerCase#apply} rebuilds the same case
 * on every party's node. {@link CaseEventJson} reads them from the log.
 */
public sealed interface CaseEvent {

    CaseReference reference();

    CaseEntry entry();

    default CaseEventType type() {
        return entry().type();
    }

    /** An entry that opens a case (or, on an old log's pre-registered case, takes it in). */
    sealed interface Opening extends CaseEvent {
        CaseOpening opening();
    }

    /** A state's decision at a check of the case: the step is the type's, the state the envelope's actor. */
    sealed interface Decided extends CaseEvent {
    }

    /** An old log's pre-registration: a case not taken in yet. */
    record Preregistered(CaseReference reference, CaseEntry entry, CaseOpening opening) implements Opening {
        public Preregistered {
            require(reference, entry, CaseEventType.PREREGISTERED);
            Objects.requireNonNull(opening, "opening");
        }
    }

    /** Taken in by the front office, eligible: the case waits for its first check. */
    record TakenIn(CaseReference reference, CaseEntry entry, CaseOpening opening) implements Opening {
        public TakenIn {
            require(reference, entry, CaseEventType.TAKEN_IN);
            Objects.requireNonNull(opening, "opening");
        }
    }

    /** Refused at intake: no agreement allows the crossing. */
    record NotEligible(CaseReference reference, CaseEntry entry, CaseOpening opening) implements Opening {
        public NotEligible {
            require(reference, entry, CaseEventType.NOT_ELIGIBLE);
            Objects.requireNonNull(opening, "opening");
        }
    }

    record ExitAllowed(CaseReference reference, CaseEntry entry) implements Decided {
        public ExitAllowed {
            require(reference, entry, CaseEventType.EXIT_ALLOWED);
        }
    }

    record ExitRefused(CaseReference reference, CaseEntry entry) implements Decided {
        public ExitRefused {
            require(reference, entry, CaseEventType.EXIT_REFUSED);
        }
    }

    record Admitted(CaseReference reference, CaseEntry entry) implements Decided {
        public Admitted {
            require(reference, entry, CaseEventType.ADMITTED);
        }
    }

    record AdmittedInTransit(CaseReference reference, CaseEntry entry) implements Decided {
        public AdmittedInTransit {
            require(reference, entry, CaseEventType.ADMITTED_IN_TRANSIT);
        }
    }

    record EntryRefused(CaseReference reference, CaseEntry entry) implements Decided {
        public EntryRefused {
            require(reference, entry, CaseEventType.ENTRY_REFUSED);
        }
    }

    private static void require(CaseReference reference, CaseEntry entry, CaseEventType type) {
        Objects.requireNonNull(reference, "case event reference");
        Objects.requireNonNull(entry, "case event entry");
        if (entry.type() != type) {
            throw new IllegalArgumentException("case " + reference + ": a " + type + " event cannot hold a "
                    + entry.type() + " entry");
        }
    }
}

package org.crossings.server.travel;

import org.crossings.server.journal.Subject;

/**
 * The subject of a traveller's case in the log: every envelope of a case has subject {@code case/<reference>}. Its
 * event types are {@link CaseEventType}'s.
 */
public final class TravellerEvents {

    public static final String SUBJECT_KIND = "case";

    private TravellerEvents() {
    }

    public static Subject subject(CaseReference reference) {
        return new Subject(SUBJECT_KIND, reference.value());
    }
}

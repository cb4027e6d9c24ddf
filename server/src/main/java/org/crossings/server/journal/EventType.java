package org.crossings.server.journal;

import java.util.Objects;

/** What kind of change an entry records, as dotted lower-case words: {@code agreement.signed}. */
public record EventType(String value) {

    public EventType {
        Objects.requireNonNull(value, "event type");
        if (!value.matches("[a-z][a-z-]*(\\.[a-z][a-z-]*)+")) {
            throw new IllegalArgumentException("event type \"" + value
                    + "\" must be dotted lower-case words, such as agreement.signed");
        }
    }

    public static EventType of(String value) {
        return new EventType(value);
    }

    @Override
    public String toString() {
        return value;
    }
}

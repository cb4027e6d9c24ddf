package org.crossings.server.journal;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/** An entry of the log as this node reads it back: its index, its envelope and the payload it holds for it. */
public record Recorded(long index, Envelope envelope, JsonNode payload) {

    public Recorded {
        if (index < 0) {
            throw new IllegalArgumentException("entry index " + index + " must not be negative");
        }
        Objects.requireNonNull(envelope, "entry " + index + ": envelope");
        Objects.requireNonNull(payload, "entry " + index + ": payload");
    }
}

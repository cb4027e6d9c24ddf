package org.crossings.server.travel.application;

import java.util.Objects;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Direction;

/** A passage and a direction across it at which someone is the front office. */
public record IntakeWay(Passage passage, Direction direction) {

    public IntakeWay {
        Objects.requireNonNull(passage, "passage");
        Objects.requireNonNull(direction, "direction");
    }
}

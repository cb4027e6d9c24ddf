package org.crossings.server.travel.application;

import java.util.Objects;
import org.crossings.server.place.CrossingPoint;
import org.crossings.server.place.Direction;

/** A crossing point and a direction across it at which someone is the front office. */
public record IntakeWay(CrossingPoint point, Direction direction) {

    public IntakeWay {
        Objects.requireNonNull(point, "crossing point");
        Objects.requireNonNull(direction, "direction");
    }
}

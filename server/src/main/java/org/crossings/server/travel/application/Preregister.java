package org.crossings.server.travel.application;

import java.util.Objects;
import org.crossings.server.travel.Preregistration;

/** A traveller pre-registers a crossing. */
public record Preregister(Preregistration preregistration) {

    public Preregister {
        Objects.requireNonNull(preregistration, "preregistration");
    }
}

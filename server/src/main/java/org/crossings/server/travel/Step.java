package org.crossings.server.travel;

import java.util.Locale;

/**
 * The two sovereign decisions of a crossing, in their order: the state the traveller leaves lets them exit, then the
 * state they enter admits them. Each is taken at that state's own post.
 */
public enum Step {
    EXIT, ENTRY;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the value */
    public static Step fromJson(String value) {
        for (Step step : values()) {
            if (step.json().equals(value)) {
                return step;
            }
        }
        throw new IllegalArgumentException("step \"" + value + "\" must be \"exit\" or \"entry\"");
    }
}

package org.crossings.server.travel;

import java.util.Objects;
import org.crossings.server.place.PostCode;

/**
 * The private payload of a state's decision: which step, at which post, by whom, and the decision (the agreement it
 * let the traveller through under, or the reason in words).
 *
 * @param by the name of the officer who decided
 */
public record DecisionPayload(Step step, PostCode post, String by, Decision decision) {

    public DecisionPayload {
        Objects.requireNonNull(step, "decision step");
        Objects.requireNonNull(post, "decision post");
        Objects.requireNonNull(by, "decision by");
        Objects.requireNonNull(decision, "decision");
    }
}

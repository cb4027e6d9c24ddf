package org.crossings.server.travel.application;

import java.util.Objects;
import java.util.Optional;
import org.crossings.server.travel.Actor;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.Step;

/**
 * A state's officer decides one step of a case: let the traveller through, or refuse with a reason code from the
 * published list.
 *
 * @param refusal the refusal's reason code; empty to let the traveller through
 */
public record Decide(Actor actor, CaseReference reference, Step step, Optional<String> refusal) {

    public Decide {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(step, "step");
        refusal = Objects.requireNonNullElse(refusal, Optional.empty());
    }
}

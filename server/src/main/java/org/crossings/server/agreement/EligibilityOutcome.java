package org.crossings.server.agreement;

import java.util.List;
import java.util.Objects;

/** The answer of {@link Eligibility#check}: allowed by one agreement, or not allowed, with every reason. */
public sealed interface EligibilityOutcome {

    /** Allowed by this version of this agreement; an allowance without its agreement cannot be made. */
    record Allowed(AgreementRef agreement) implements EligibilityOutcome {
        public Allowed {
            Objects.requireNonNull(agreement, "an allowance must name the agreement that allows it");
        }
    }

    /** Not allowed: every reason of every agreement that opens the passage in this direction. */
    record NotAllowed(List<Reason> reasons) implements EligibilityOutcome {
        public NotAllowed {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a refusal must give at least one reason");
            }
        }
    }
}

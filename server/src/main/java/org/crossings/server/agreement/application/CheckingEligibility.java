package org.crossings.server.agreement.application;

import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.CrossingRequest;
import org.crossings.server.agreement.EligibilityOutcome;

/**
 * Whether an agreement allows a crossing: the answer names the agreement version that allows it, or gives every
 * reason. It reads the in-memory index the read model keeps, so a check costs microseconds and changes nothing.
 */
public final class CheckingEligibility {

    private final Agreements agreements;

    public CheckingEligibility(Agreements agreements) {
        this.agreements = agreements;
    }

    public EligibilityOutcome check(CrossingRequest request) {
        return agreements.eligibility().check(request);
    }
}

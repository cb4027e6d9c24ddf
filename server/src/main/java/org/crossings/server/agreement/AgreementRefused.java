package org.crossings.server.agreement;

/**
 * A change to an agreement that its life cycle does not allow: a signature by a non-party, with an unknown key or
 * over other terms; a suspension by a party the terms do not name. The message says what is wrong, for the party
 * that asked (a conflict, not a fault of the system).
 */
public class AgreementRefused extends RuntimeException {

    private final AgreementRef agreement;

    public AgreementRefused(AgreementRef agreement, String reason) {
        super(agreement + ": " + reason);
        this.agreement = agreement;
    }

    public AgreementRef agreement() {
        return agreement;
    }
}

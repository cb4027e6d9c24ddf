package org.crossings.server.travel;

/** A step the case's state does not allow now: a decision taken twice, out of order, or on a closed case. */
public final class CaseConflict extends RuntimeException {

    private final CaseReference reference;

    public CaseConflict(CaseReference reference, String message) {
        super("case " + reference + ": " + message);
        this.reference = reference;
    }

    public CaseReference reference() {
        return reference;
    }
}

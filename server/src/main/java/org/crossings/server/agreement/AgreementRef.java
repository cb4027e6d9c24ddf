package org.crossings.server.agreement;

import java.util.Objects;

/** One version of one agreement: what a decision cites as the agreement that allowed it. */
public record AgreementRef(AgreementId id, int version) {

    public AgreementRef {
        Objects.requireNonNull(id, "agreement id");
        if (version < 1) {
            throw new IllegalArgumentException("agreement " + id + ": version \"" + version + "\" must be 1 or more");
        }
    }

    @Override
    public String toString() {
        return id + " v" + version;
    }
}

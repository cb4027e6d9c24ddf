package org.crossings.server.agreement;

import java.util.Objects;

/**
 * One reason why an agreement does not allow a crossing, in words an officer can tell the traveller.
 *
 * @param agreement the agreement that does not allow it, or {@code null} for {@link ReasonCode#NO_AGREEMENT}
 */
public record Reason(AgreementRef agreement, ReasonCode code, String detail) {

    public Reason {
        Objects.requireNonNull(code, "reason code");
        Objects.requireNonNull(detail, "reason detail");
        if ((agreement == null) != (code == ReasonCode.NO_AGREEMENT)) {
            throw new IllegalArgumentException("reason " + code + ": agreement \"" + agreement
                    + "\" must be given for every reason but NO_AGREEMENT");
        }
    }

    @Override
    public String toString() {
        return (agreement == null ? "" : agreement + ": ") + code + " (" + detail + ")";
    }
}

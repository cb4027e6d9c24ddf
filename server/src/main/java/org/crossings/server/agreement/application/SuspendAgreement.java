package org.crossings.server.agreement.application;

import java.util.Objects;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.party.PartyCode;

/** A party suspends the agreement's version that counts now (the latest one signed by every party), saying why. */
public record SuspendAgreement(AgreementId agreement, PartyCode party, String reason) {

    public SuspendAgreement {
        Objects.requireNonNull(agreement, "agreement id");
        Objects.requireNonNull(party, "party");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason \"" + reason + "\" must not be blank: a suspension says why");
        }
    }
}

package org.crossings.server.agreement.application;

import java.util.Objects;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.party.PartyCode;

/**
 * A party proposes new terms for an existing agreement: its next version.
 *
 * @param terms the terms document as JSON text (see {@code TermsDocument})
 */
public record AmendAgreement(PartyCode party, AgreementId agreement, String terms) {

    public AmendAgreement {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(agreement, "agreement id");
        Objects.requireNonNull(terms, "terms");
    }
}

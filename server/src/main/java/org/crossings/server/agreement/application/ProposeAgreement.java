package org.crossings.server.agreement.application;

import java.util.Objects;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.party.PartyCode;

/**
 * A party proposes a new agreement.
 *
 * @param terms the terms document as JSON text (see {@code TermsDocument})
 */
public record ProposeAgreement(PartyCode proposer, AgreementId agreement, String terms) {

    public ProposeAgreement {
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(agreement, "agreement id");
        Objects.requireNonNull(terms, "terms");
    }
}

package org.crossings.server.travel.application;

import java.util.Optional;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Crosser;
import org.crossings.server.agreement.EligibilityOutcome;
import org.crossings.server.agreement.Reason;
import org.crossings.server.agreement.ReasonCode;
import org.crossings.server.travel.TravelDocument;

/** What intake reads off a document and an eligibility answer. */
final class Intakes {

    private Intakes() {
    }

    /** The traveller as eligibility sees them: nationality by ISO country (none for XXA, UNO...), document code. */
    static Crosser.Traveller crosser(TravelDocument document) {
        return document.nationality().country()
                .map(country -> new Crosser.Traveller(country, document.code()))
                .orElseGet(() -> Crosser.Traveller.ofNoState(document.code()));
    }

    static Optional<AgreementRef> allowedBy(EligibilityOutcome outcome) {
        return outcome instanceof EligibilityOutcome.Allowed allowed ? Optional.of(allowed.agreement())
                : Optional.empty();
    }

    /** The public code of a refusal at intake: the first reason's, in envelope form ({@code nationality-not-allowed}). */
    static String reasonCode(EligibilityOutcome.NotAllowed refused) {
        Reason first = refused.reasons().getFirst();
        return code(first.code());
    }

    static String code(ReasonCode code) {
        return code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}

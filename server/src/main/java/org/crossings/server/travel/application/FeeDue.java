package org.crossings.server.travel.application;

import java.util.Optional;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.agreement.Fee;
import org.crossings.server.travel.FeeCollected;

/** The fee a traveller owes at intake: the one per traveller that the allowing agreement sets, paid exactly. */
final class FeeDue {

    private final Agreements agreements;

    FeeDue(Agreements agreements) {
        this.agreements = agreements;
    }

    /** The fee per traveller the agreement sets; at most one: a traveller pays once. */
    Optional<Fee> of(Optional<AgreementRef> allowedBy) {
        return allowedBy.flatMap(agreements::find).flatMap(a -> a.terms().fees().stream()
                .filter(fee -> fee.per() == Fee.Payer.TRAVELLER).findFirst());
    }

    /** The fee collected must be the fee due: none when nothing is due, exactly it when one is. */
    static void requirePaid(Optional<Fee> due, Optional<FeeCollected> paid, Optional<AgreementRef> agreement) {
        if (due.isEmpty() || due.get().amount().isZero()) {
            paid.filter(collected -> !collected.amount().isZero()).ifPresent(collected -> {
                throw new IllegalArgumentException("feeCollected \"" + collected + "\": no fee is due, "
                        + agreement.map(a -> "agreement " + a + " sets none per traveller")
                                .orElse("no agreement allows this crossing") + "; collect nothing");
            });
            return;
        }
        String amount = due.get().amount().toString();
        if (paid.isEmpty()) {
            throw new IllegalArgumentException("feeCollected: agreement " + agreement.get() + " sets a fee of "
                    + amount + " per traveller; collect it and send feeCollected");
        }
        if (!paid.get().pays(due.get())) {
            throw new IllegalArgumentException("feeCollected \"" + paid.get() + "\" is not the fee of " + amount
                    + " per traveller that agreement " + agreement.get() + " sets");
        }
    }
}

package org.crossings.server.travel;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.crossings.server.agreement.Fee;

/** The fee the front office says it collected from the traveller, checked against what the agreement sets. */
public record FeeCollected(BigDecimal amount, Currency currency) {

    public FeeCollected {
        Objects.requireNonNull(amount, "feeCollected.amount");
        Objects.requireNonNull(currency, "feeCollected.currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("feeCollected.amount \"" + amount.toPlainString() + "\" is negative");
        }
    }

    /** Whether this is exactly the fee due: the same currency and amount (10.0 and 10.00 are the same). */
    public boolean pays(Fee fee) {
        return currency.equals(fee.currency()) && amount.compareTo(fee.amount()) == 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}

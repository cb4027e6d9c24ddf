package org.crossings.server.travel;

import java.util.Objects;
import org.crossings.server.agreement.Fee;
import org.crossings.server.value.Money;

/**
 * The fee the front office says it collected from the traveller, checked against what the agreement sets. Its amount
 * is in normal form ({@link Money}): {@code "10"}, {@code "10.0"} and {@code "10.00"} USD are one fee, recorded as
 * {@code "10.00"}.
 */
public record FeeCollected(Money amount) {

    public FeeCollected {
        Objects.requireNonNull(amount, "feeCollected");
    }

    /** Whether this is exactly the fee due: the same currency and amount. */
    public boolean pays(Fee fee) {
        return amount.equals(fee.amount());
    }

    @Override
    public String toString() {
        return amount.toString();
    }
}

package org.crossings.server.agreement;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * A fee the front office collects under an agreement, per traveller, consignment or vehicle. The amount is a
 * decimal string in the terms document ({@code "10.00"}), never a binary number, so its signed form is exact.
 */
public record Fee(Payer per, BigDecimal amount, Currency currency) {

    /** What the fee is charged for. */
    public enum Payer {
        TRAVELLER, CONSIGNMENT, VEHICLE;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Fee {
        Objects.requireNonNull(per, "fee per");
        Objects.requireNonNull(amount, "fee amount");
        Objects.requireNonNull(currency, "fee currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount \"" + amount.toPlainString() + "\" is negative");
        }
        if (amount.scale() != currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException("amount \"" + amount.toPlainString() + "\" must have "
                    + currency.getDefaultFractionDigits() + " decimals, as " + currency + " has");
        }
    }
}

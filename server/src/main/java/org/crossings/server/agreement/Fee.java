package org.crossings.server.agreement;

import java.util.Locale;
import java.util.Objects;
import org.crossings.server.value.Money;

/**
 * A fee the front office collects under an agreement, per traveller, consignment or vehicle. The amount is a
 * decimal string in the terms document ({@code "10.00"}), never a binary number, and always in its currency's minor
 * units ({@link Money}), so its signed form is exact and one.
 */
public record Fee(Payer per, Money amount) {

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
    }
}

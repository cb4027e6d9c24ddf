package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import org.crossings.server.agreement.Fee;
import org.crossings.server.value.Money;
import org.junit.jupiter.api.Test;

class FeeCollectedTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Fee TEN_EUROS = new Fee(Fee.Payer.TRAVELLER, Money.parse("amount", "10.00", EUR));

    @Test
    void ten_ten_point_zero_and_ten_point_zero_zero_euros_pay_a_fee_of_ten_euros() {
        assertThat(new FeeCollected(Money.parse("amount", "10", EUR)).pays(TEN_EUROS)).isTrue();
        assertThat(new FeeCollected(Money.parse("amount", "10.0", EUR)).pays(TEN_EUROS)).isTrue();
        assertThat(new FeeCollected(Money.parse("amount", "10", EUR))).hasToString("10.00 EUR");
    }

    @Test
    void another_amount_or_another_currency_does_not_pay_it() {
        assertThat(new FeeCollected(Money.parse("amount", "10.01", EUR)).pays(TEN_EUROS)).isFalse();
        assertThat(new FeeCollected(Money.parse("amount", "10.00", Currency.getInstance("USD"))).pays(TEN_EUROS))
                .isFalse();
    }
}

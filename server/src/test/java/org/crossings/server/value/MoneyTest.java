package org.crossings.server.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency KWD = Currency.getInstance("KWD");

    @Test
    void five_five_point_zero_and_five_point_zero_zero_euros_are_one_amount_written_as_five_point_zero_zero() {
        Money five = Money.parse("amount", "5", EUR);

        assertThat(Money.parse("amount", "5.0", EUR)).isEqualTo(five);
        assertThat(Money.parse("amount", "5.00", EUR)).isEqualTo(five);
        assertThat(five.text()).isEqualTo("5.00");
        assertThat(five).hasToString("5.00 EUR");
    }

    @Test
    void an_amount_has_as_many_decimals_as_its_currency_has_minor_units() {
        assertThat(Money.parse("amount", "500", JPY).text()).isEqualTo("500");
        assertThat(Money.parse("amount", "1.5", KWD).text()).isEqualTo("1.500");
        assertThatThrownBy(() -> Money.parse("amount", "500.0", JPY))
                .hasMessage("amount \"500.0\" has more decimals than the 0 of JPY");
        assertThatThrownBy(() -> Money.parse("amount", "5.001", EUR))
                .hasMessage("amount \"5.001\" has more decimals than the 2 of EUR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "1E+3", "1e-1000000000", "1e2147483648", "+5.00", "-5.00", "0x10", " 5.00",
        "5.00 ", "5,00", "05.00", "00", ".5", "5.", "5..0", "٥", "Infinity", "NaN", "", "5_000"})
    void only_plain_decimal_text_is_an_amount(String text) {
        assertThatThrownBy(() -> Money.parse("fees[0].amount", text, EUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("fees[0].amount ")
                .hasMessageContaining("is not a plain decimal amount such as \"5.00\"");
    }

    @Test
    void an_amount_has_at_most_twelve_digits_before_its_point() {
        assertThat(Money.parse("amount", "999999999999.99", EUR).text()).isEqualTo("999999999999.99");
        assertThatThrownBy(() -> Money.parse("amount", "1000000000000", EUR))
                .hasMessage("amount \"1000000000000\" has more than 12 digits before the point");
    }

    @Test
    void a_huge_amount_is_refused_at_once_with_a_short_error() {
        String huge = "1".repeat(1_000_000);

        assertThatThrownBy(() -> Money.parse("amount", huge, EUR)).satisfies(e ->
                assertThat(e.getMessage()).hasSizeLessThan(300).contains("\"1111111111111111111111111111111111111111…\""));
    }

    @Test
    void a_currency_is_an_iso_4217_code_with_minor_units() {
        assertThat(Money.currency("currency", "USD")).isEqualTo(Currency.getInstance("USD"));
        assertThatThrownBy(() -> Money.currency("currency", "usd")).hasMessageStartingWith("currency \"usd\" is not");
        assertThatThrownBy(() -> Money.currency("currency", "ABC")).hasMessageStartingWith("currency \"ABC\" is not");
        assertThatThrownBy(() -> Money.currency("currency", "XAU")).hasMessageStartingWith("currency \"XAU\" is not");
        assertThatThrownBy(() -> Money.currency("currency", "XXX")).hasMessageStartingWith("currency \"XXX\" is not");
    }

    @Test
    void money_is_never_negative_and_always_in_normal_form() {
        assertThatThrownBy(() -> new Money(new BigDecimal("-1.00"), EUR)).hasMessage("amount \"-1.00\" is negative");
        assertThatThrownBy(() -> new Money(new BigDecimal("1.0"), EUR))
                .hasMessage("amount \"1.0\" must have exactly 2 decimals, as EUR has");
        assertThatThrownBy(() -> new Money(new BigDecimal("1E-1000000000"), EUR))
                .hasMessageStartingWith("amount \"1E-1000000000\" must have exactly 2 decimals");
    }

    @Test
    void amounts_that_agreements_were_signed_with_before_the_bound_are_still_read_from_the_log() {
        assertThat(Money.ofStored("12345678901234567890.00", EUR).text()).isEqualTo("12345678901234567890.00");
        assertThatThrownBy(() -> Money.ofStored("5.0", EUR)).hasMessageContaining("exactly 2 decimals");
        assertThatThrownBy(() -> Money.ofStored("1e3", EUR)).hasMessageContaining("is not a decimal amount");
    }
}

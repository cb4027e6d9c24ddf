package org.crossings.server.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainNumberTest {

    @Test
    void a_plain_number_is_digits_without_leading_zeros() {
        assertThat(PlainNumber.parse("index", "0", 0, Long.MAX_VALUE)).isZero();
        assertThat(PlainNumber.parse("index", "16", 0, Long.MAX_VALUE)).isEqualTo(16);
        assertThat(PlainNumber.parse("index", "999999999999999999", 0, Long.MAX_VALUE))
                .isEqualTo(999_999_999_999_999_999L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x10", "#10", "010", "00", "-1", "+1", " 1", "1 ", "1_000", "1e3", "1.0", "٣",
        "1000000000000000000", "9223372036854775808", ""})
    void every_other_spelling_is_refused_naming_the_parameter(String text) {
        assertThatThrownBy(() -> PlainNumber.parse("index", text, 0, Long.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("index \"")
                .hasMessageContaining("is not a plain decimal number");
    }

    @Test
    void a_number_outside_its_bounds_is_refused() {
        assertThatThrownBy(() -> PlainNumber.parse("limit", "501", 1, 500))
                .hasMessage("limit \"501\" must be from 1 to 500");
    }
}

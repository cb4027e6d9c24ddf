package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 7-3-1 check digit against the examples of Doc 9303 Part 3, 4.9, and the fields of the specimens. */
class MrzCheckDigitTest {

    @ParameterizedTest(name = "the check digit of {0} is {1}")
    @CsvSource({
        "520727,                           3", // Part 3, 4.9: a date, 27 July 1952
        "AB2134<<<,                        5", // Part 3, 4.9: a document number with filler
        "L898902C3,                        6", // Part 4 specimen: document number
        "740812,                           2", // Part 4 specimen: date of birth
        "120415,                           9", // Part 4 specimen: date of expiry
        "ZE184226B<<<<<,                   1", // Part 4 specimen: personal number
        "L898902C3674081221204159ZE184226B<<<<<1, 0", // Part 4 specimen: composite
        "D23145890734,                     9", // Part 5, 4.2.4: a long document number
        "L8988901C,                        4", // Part 7 specimen: visa number
    })
    void the_check_digit_matches_the_doc_9303_examples(String characters, int digit) {
        assertThat(CheckDigit.of(characters)).isEqualTo(digit);
    }

    @Test
    void digits_count_as_themselves_letters_from_10_to_35_and_filler_as_0() {
        assertThat(CheckDigit.value('7')).isEqualTo(7);
        assertThat(CheckDigit.value('A')).isEqualTo(10);
        assertThat(CheckDigit.value('Z')).isEqualTo(35);
        assertThat(CheckDigit.value('<')).isZero();
    }

    @Test
    void filler_zero_and_the_letters_a_k_u_are_indistinguishable_to_the_check_digit() {
        // Why the fuzz test only expects substitutions that change a value modulo 10 to be caught.
        assertThat(CheckDigit.of("L898902C3")).isEqualTo(CheckDigit.of("L898902M3"))
                .isEqualTo(CheckDigit.of("L898902W3"));
        assertThat(CheckDigit.of("AB2134<<<")).isEqualTo(CheckDigit.of("AB21340<<"));
    }

    @Test
    void a_character_outside_the_zone_alphabet_has_no_value() {
        assertThatThrownBy(() -> CheckDigit.value('a')).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'a'");
    }
}

package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed zones, one fixture file each under {@code mrz/}, mostly a specimen with one field spoiled: each is refused
 * naming the field, line and column (0 when the error is about the whole text or a whole field).
 */
class MrzCorruptionTest {

    @ParameterizedTest(name = "{0} is refused in {1} at line {2}, column {3}")
    @CsvSource({
        "td3-document-number-check-digit,              documentNumber,      2, 10",
        "td3-date-of-birth-check-digit,                dateOfBirth,         2, 20",
        "td3-date-of-expiry-check-digit,               dateOfExpiry,        2, 28",
        "td3-optional-data-check-digit,                optionalData,        2, 43",
        "td3-filler-check-digit-over-a-personal-number, optionalData,       2, 43",
        "td3-composite-check-digit,                    compositeCheckDigit, 2, 44",
        "td1-document-number-check-digit,              documentNumber,      1, 15",
        "td1-long-document-number-check-digit,         documentNumber,      1, 19",
        "td1-long-document-number-without-continuation, documentNumber,     1, 15",
        "td1-date-of-birth-check-digit,                dateOfBirth,         2, 7",
        "td1-date-of-expiry-check-digit,               dateOfExpiry,        2, 15",
        "td1-composite-check-digit,                    compositeCheckDigit, 2, 30",
        "td2-document-number-check-digit,              documentNumber,      2, 10",
        "td2-date-of-birth-check-digit,                dateOfBirth,         2, 20",
        "td2-date-of-expiry-check-digit,               dateOfExpiry,        2, 28",
        "td2-composite-check-digit,                    compositeCheckDigit, 2, 36",
        "mrv-a-document-number-check-digit,            documentNumber,      2, 10",
        "mrv-a-date-of-birth-check-digit,              dateOfBirth,         2, 20",
        "mrv-a-date-of-expiry-check-digit,             dateOfExpiry,        2, 28",
        "mrv-b-document-number-check-digit,            documentNumber,      2, 10",
        "mrv-b-date-of-birth-check-digit,              dateOfBirth,         2, 20",
        "mrv-b-date-of-expiry-check-digit,             dateOfExpiry,        2, 28",
        "td3-line-2-too-short,                         line 2,              2, 0",
        "td3-both-lines-too-short,                     mrz,                 0, 0",
        "td1-four-lines,                               mrz,                 0, 0",
        "empty,                                        mrz,                 0, 0",
        "td3-lower-case,                               line 1,              1, 7",
        "td3-hyphen-in-the-name,                       line 1,              1, 10",
        "td3-space-inside-a-line,                      line 2,              2, 30",
        "td3-month-13,                                 dateOfBirth,         2, 0",
        "td3-february-30,                              dateOfBirth,         2, 0",
        "td3-expiry-partly-unknown,                    dateOfExpiry,        2, 0",
        "td3-unknown-nationality,                      nationality,         2, 0",
        "td3-unknown-issuer,                           issuer,              1, 0",
        "td3-sex-q,                                    sex,                 2, 21",
        "td3-lines-swapped,                            documentCode,        1, 1",
        "td2-with-a-passport-code,                     documentCode,        1, 1",
        "td3-document-code-with-a-digit,               documentCode,        1, 2",
        "td3-digit-in-the-surname,                     surname,             1, 12",
        "td3-digit-in-the-given-names,                 givenNames,          1, 17",
        "td3-name-starting-with-filler,                surname,             1, 6",
    })
    void a_malformed_zone_is_refused_naming_field_line_and_column(String fixture, String field, int line, int column) {
        MrzException error = refusal(fixture);

        assertThat(error.field()).isEqualTo(field);
        assertThat(error.line()).isEqualTo(line);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.getMessage()).startsWith(line == 0 ? "mrz: " : "mrz line " + line);
    }

    @Test
    void a_wrong_check_digit_is_named_with_its_field_value_and_the_digit_it_must_be() {
        assertThat(refusal("td3-document-number-check-digit")).hasMessage(
                "mrz line 2, column 10: the check digit of documentNumber \"L898902C3\" is 5 but must be 6");
        assertThat(refusal("td3-composite-check-digit")).hasMessage("mrz line 2, column 44: the composite check digit"
                + " over \"L898902C3674081221204159ZE184226B<<<<<1\" is 1 but must be 0");
    }

    @Test
    void a_character_outside_the_zone_alphabet_is_shown_as_typed() {
        assertThat(refusal("td3-lower-case")).hasMessage(
                "mrz line 1, column 7: 'a' is not allowed; a machine-readable zone uses only A-Z, 0-9 and <");
        assertThat(refusal("td3-space-inside-a-line")).hasMessageContaining("U+0020 is not allowed");
    }

    @Test
    void a_text_of_no_format_says_which_formats_there_are() {
        assertThat(refusal("td3-both-lines-too-short")).hasMessage("mrz: 2 lines of 43 characters is no ICAO 9303"
                + " format; expected 3x30 (TD1), 2x36 (TD2, MRV-B) or 2x44 (TD3, MRV-A)");
    }

    @Test
    void an_impossible_date_and_an_unknown_code_are_named_with_their_columns_and_value() {
        assertThat(refusal("td3-month-13")).hasMessage(
                "mrz line 2, columns 14-19: dateOfBirth date \"741312\" has month 13; months are 01 to 12");
        assertThat(refusal("td3-unknown-nationality")).hasMessageStartingWith(
                "mrz line 2, columns 11-13: nationality \"ZZZ\" is no ICAO 9303 code");
    }

    @Test
    void no_text_at_all_is_refused_as_an_mrz_error_too() {
        MrzException error = catchThrowableOfType(MrzException.class, () -> Mrz.parse(null));

        assertThat(error.field()).isEqualTo("mrz");
        assertThat(error).isInstanceOf(IllegalArgumentException.class);
    }

    private static MrzException refusal(String fixture) {
        String text = fixture(fixture);
        MrzException error = catchThrowableOfType(MrzException.class, () -> Mrz.parse(text));
        assertThat(error).as("%s must be refused", fixture).isNotNull();
        return error;
    }

    private static String fixture(String name) {
        try (InputStream in = MrzCorruptionTest.class.getResourceAsStream("mrz/" + name + ".mrz")) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

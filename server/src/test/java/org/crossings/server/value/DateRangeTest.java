package org.crossings.server.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateRangeTest {

    @Test
    void a_day_of_crossings_is_from_2000_to_2199() {
        assertThat(DateRange.CROSSINGS.day("window.from", "2025-03-21")).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(DateRange.CROSSINGS.day("window.from", "2000-01-01")).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(DateRange.CROSSINGS.day("window.from", "2199-12-31")).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThatThrownBy(() -> DateRange.CROSSINGS.day("window.from", "1999-12-31"))
                .hasMessage("window.from \"1999-12-31\" is not from 2000-01-01 to 2199-12-31");
        assertThatThrownBy(() -> DateRange.CROSSINGS.day("window.until", "2200-01-01"))
                .hasMessage("window.until \"2200-01-01\" is not from 2000-01-01 to 2199-12-31");
    }

    @Test
    void a_document_date_is_from_1900_to_2200() {
        assertThat(DateRange.DOCUMENTS.contains(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(DateRange.DOCUMENTS.contains(LocalDate.of(2200, 12, 31))).isTrue();
        assertThat(DateRange.DOCUMENTS.contains(LocalDate.of(1899, 12, 31))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-01-01", "+2025-03-21", "-2025-03-21", "20250321", "2025-W12-5", "2025-080",
        "2025-3-21", " 2025-03-21", "2025-03-21 ", "2025-03-21T00:00:00Z", "٢٠٢٥-٠٣-٢١", ""})
    void a_day_is_read_in_iso_8601_extended_form_only(String text) {
        assertThatThrownBy(() -> DateRange.CROSSINGS.day("travelDate", text))
                .hasMessageStartingWith("travelDate ").hasMessageContaining("is not a day in ISO 8601 form");
    }

    @Test
    void a_day_that_is_not_in_the_calendar_is_refused() {
        assertThatThrownBy(() -> DateRange.CROSSINGS.day("travelDate", "2025-02-29"))
                .hasMessage("travelDate \"2025-02-29\" is not a day of the calendar");
        assertThatThrownBy(() -> DateRange.CROSSINGS.day("travelDate", "2025-13-01"))
                .hasMessage("travelDate \"2025-13-01\" is not a day of the calendar");
    }

    @Test
    void an_instant_is_read_in_rfc_3339_form_and_bounded() {
        assertThat(DateRange.CROSSINGS.instant("at", "2025-03-21T09:30:00Z"))
                .isEqualTo(Instant.parse("2025-03-21T09:30:00Z"));
        assertThat(DateRange.CROSSINGS.instant("at", "2025-03-21T13:30:00.5+04:00"))
                .isEqualTo(Instant.parse("2025-03-21T09:30:00.5Z"));
        assertThatThrownBy(() -> DateRange.CROSSINGS.instant("at", "2200-01-01T00:00:00Z"))
                .hasMessage("at \"2200-01-01T00:00:00Z\" is not from 2000-01-01T00:00:00Z until 2200-01-01T00:00:00Z");
        assertThatThrownBy(() -> DateRange.CROSSINGS.instant("at", "1999-12-31T23:59:59Z"))
                .hasMessageStartingWith("at \"1999-12-31T23:59:59Z\" is not from");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-12-31T23:59:59Z", "2025-03-21T09:30Z", "2025-03-21t09:30:00z",
        "2025-03-21 09:30:00Z", "2025-03-21T09:30:00", "2025-03-21T09:30:00.1234567890Z", "1742549400",
        "2025-03-21T09:30:00+0400", "2025-03-21T09:30:00Z[UTC]"})
    void an_instant_in_any_other_form_is_refused(String text) {
        assertThatThrownBy(() -> DateRange.CROSSINGS.instant("at", text))
                .hasMessageStartingWith("at ").hasMessageContaining("is not an instant in ISO 8601 form");
    }

    @Test
    void an_instant_that_is_not_in_the_calendar_is_refused() {
        assertThatThrownBy(() -> DateRange.CROSSINGS.instant("at", "2025-02-30T00:00:00Z"))
                .hasMessage("at \"2025-02-30T00:00:00Z\" is not an instant of the calendar");
        assertThatThrownBy(() -> DateRange.CROSSINGS.instant("at", "2025-03-21T24:00:00Z"))
                .hasMessage("at \"2025-03-21T24:00:00Z\" is not an instant of the calendar");
    }
}

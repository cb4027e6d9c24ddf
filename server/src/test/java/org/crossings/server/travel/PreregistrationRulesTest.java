package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.crossings.server.place.CrossingPointId;
import org.crossings.server.place.Direction;
import org.junit.jupiter.api.Test;

class PreregistrationRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-06-10");
    private final PreregistrationRules rules = new PreregistrationRules(Period.ofYears(1), Duration.ofDays(3));

    @Test
    void a_trip_from_today_to_a_year_ahead_with_a_document_valid_on_the_day_may_be_kept() {
        assertThat(rules.check(trip("301231", TODAY), TODAY)).isEmpty();
        assertThat(rules.check(trip("301231", TODAY.plusYears(1)), TODAY)).isEmpty();
        assertThat(rules.check(trip("260710", LocalDate.parse("2026-07-10")), TODAY)).as("valid through its expiry day")
                .isEmpty();
    }

    @Test
    void a_document_that_expires_before_the_day_of_travel_is_not_eligible_naming_its_date_of_expiry() {
        var reasons = rules.check(trip("260630", LocalDate.parse("2026-07-01")), TODAY);

        assertThat(reasons).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(PreregistrationReason.Code.DOCUMENT_EXPIRED);
            assertThat(reason.field()).isEqualTo("mrz");
            assertThat(reason.detail()).isEqualTo("mrz: dateOfExpiry \"260630\": the document expires on 2026-06-30,"
                    + " before the day of travel 2026-07-01");
        });
    }

    @Test
    void a_day_of_travel_before_today_or_beyond_the_horizon_is_not_eligible_naming_the_day() {
        assertThat(rules.check(trip("301231", TODAY.minusDays(1)), TODAY)).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(PreregistrationReason.Code.TRAVEL_DATE_PASSED);
            assertThat(reason.detail()).startsWith("travelDate \"2026-06-09\" is in the past");
        });
        assertThat(rules.check(trip("301231", TODAY.plusYears(1).plusDays(1)), TODAY)).singleElement()
                .satisfies(reason -> {
                    assertThat(reason.code()).isEqualTo(PreregistrationReason.Code.TRAVEL_DATE_TOO_FAR);
                    assertThat(reason.detail()).isEqualTo("travelDate \"2027-06-11\" is too far ahead: pre-register"
                            + " for a day up to 2027-06-10");
                });
        assertThat(rules.check(trip("200101", LocalDate.parse("2020-01-02")), TODAY)).as("every reason").hasSize(2);
    }

    @Test
    void a_preregistration_is_kept_until_its_day_of_travel_ends_at_the_post_left_and_kept_for_after_it() {
        assertThat(rules.expiresAt(LocalDate.parse("2026-12-01"), ZoneId.of("Asia/Yerevan")))
                .isEqualTo(Instant.parse("2026-12-04T20:00:00Z"));
    }

    @Test
    void a_horizon_that_is_not_ahead_or_a_negative_keeping_time_is_refused_naming_the_setting() {
        assertThatThrownBy(() -> new PreregistrationRules(Period.ZERO, Duration.ofDays(3)))
                .hasMessage("crossings.preregistration.horizon \"P0D\" must be a period ahead, such as P1Y");
        assertThatThrownBy(() -> new PreregistrationRules(Period.ofYears(1), Duration.ofDays(-1)))
                .hasMessage("crossings.preregistration.kept-for \"PT-24H\" must not be negative");
    }

    private static Preregistration trip(String expiry, LocalDate day) {
        return new Preregistration(Mrz.parse(Passports.td3("P<", "FRA", "ROUX", "ANNE", Passports.number(), "FRA",
                "800101", 'F', expiry)), Purpose.TOURISM, CrossingPointId.of("MARGARA-ALICAN"),
                Direction.of("AM-MARGARA", "TR-ALICAN"), day);
    }
}

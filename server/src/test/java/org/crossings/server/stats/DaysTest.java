package org.crossings.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaysTest {

    private static final LocalDate MARCH_1 = LocalDate.parse("2025-03-01");
    private static final LocalDate MARCH_2 = LocalDate.parse("2025-03-02");

    @Test
    void a_range_holds_its_first_day_from_midnight_utc_and_not_its_until_day() {
        Days march1 = Days.between(MARCH_1, MARCH_2);
        assertThat(march1.contains(Instant.parse("2025-03-01T00:00:00Z"))).isTrue();
        assertThat(march1.contains(Instant.parse("2025-03-01T23:59:59.999Z"))).isTrue();
        assertThat(march1.contains(Instant.parse("2025-03-02T00:00:00Z"))).isFalse();
        assertThat(march1.contains(Instant.parse("2025-02-28T23:59:59.999Z"))).isFalse();
        assertThat(Days.all().contains(Instant.EPOCH)).isTrue();
    }

    @Test
    void until_must_come_after_from() {
        assertThatThrownBy(() -> Days.between(MARCH_2, MARCH_1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days from 2025-03-02 must be before until 2025-03-01 (until is excluded)");
        assertThatThrownBy(() -> Days.between(MARCH_1, MARCH_1)).isInstanceOf(IllegalArgumentException.class);
    }
}

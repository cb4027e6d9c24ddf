package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MrzDateTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void a_birth_date_takes_the_latest_century_that_is_not_after_today() {
        assertThat(MrzDate.of("740812").asBirthDate(TODAY)).contains(LocalDate.of(1974, 8, 12));
        assertThat(MrzDate.of("250601").asBirthDate(TODAY)).contains(LocalDate.of(2025, 6, 1));
        assertThat(MrzDate.of("250602").asBirthDate(TODAY)).contains(LocalDate.of(1925, 6, 2));
        assertThat(MrzDate.of("000229").asBirthDate(TODAY)).contains(LocalDate.of(2000, 2, 29));
    }

    @Test
    void a_birth_date_with_an_unknown_part_gives_no_date() {
        assertThat(MrzDate.of("74<<<<").asBirthDate(TODAY)).isEmpty();
        assertThat(MrzDate.of("7408<<").asBirthDate(TODAY)).isEmpty();
        assertThat(MrzDate.of("<<<<<<").isComplete()).isFalse();
    }

    @Test
    void an_expiry_date_is_in_this_century() {
        assertThat(MrzDate.of("120415").asExpiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(MrzDate.of("991231").asExpiryDate()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThatThrownBy(() -> MrzDate.of("12<<<<").asExpiryDate()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void an_impossible_date_is_refused_naming_it() {
        assertThatThrownBy(() -> MrzDate.of("741312")).hasMessage("date \"741312\" has month 13; months are 01 to 12");
        assertThatThrownBy(() -> MrzDate.of("740000")).hasMessageContaining("month 00");
        assertThatThrownBy(() -> MrzDate.of("740832")).hasMessageContaining("day 32");
        assertThatThrownBy(() -> MrzDate.of("740431")).hasMessageContaining("month 04 has days 01 to 30");
        assertThatThrownBy(() -> MrzDate.of("730229")).hasMessageContaining("month 02 has days 01 to 28");
        assertThatThrownBy(() -> MrzDate.of("74081")).hasMessageContaining("\"74081\"");
        assertThatThrownBy(() -> MrzDate.of("74O812")).hasMessageContaining("\"74O812\"");
        assertThatThrownBy(() -> MrzDate.of("7408<2")).hasMessageContaining("\"7408<2\"");
    }
}

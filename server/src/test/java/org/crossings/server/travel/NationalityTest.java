package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crossings.server.party.CountryCode;
import org.junit.jupiter.api.Test;

class NationalityTest {

    @Test
    void icaos_d_is_germany() {
        assertThat(Nationality.of("D").country()).contains(CountryCode.of("DEU"));
    }

    @Test
    void the_filler_after_a_short_code_is_stripped() {
        assertThat(Nationality.of("D<<")).isEqualTo(Nationality.of("D"));
        assertThat(Nationality.of("D<<").code()).isEqualTo("D");
    }

    @Test
    void every_iso_3166_alpha_3_code_is_its_own_country() {
        assertThat(Nationality.of("ARM").country()).contains(CountryCode.of("ARM"));
        assertThat(Nationality.of("ATA").country()).contains(CountryCode.of("ATA"));
    }

    @Test
    void the_british_codes_of_part_3_are_all_the_united_kingdom() {
        for (String code : new String[] {"GBD", "GBN", "GBO", "GBP", "GBS"}) {
            assertThat(Nationality.of(code).country()).as(code).contains(CountryCode.of("GBR"));
        }
    }

    @Test
    void a_stateless_person_refugees_the_un_and_utopia_are_nationalities_without_a_country() {
        for (String code : new String[] {"XXA", "XXB", "XXC", "XXX", "UNO", "UNA", "UNK", "EUE", "RKS", "UTO",
            "XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XPO", "XES", "XMP", "XOM", "XDC"}) {
            assertThat(Nationality.of(code).country()).as(code).isEmpty();
        }
    }

    @Test
    void a_made_up_code_is_refused_naming_it() {
        assertThatThrownBy(() -> Nationality.of("QQQ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("nationality \"QQQ\" is no ICAO 9303 code");
        assertThatThrownBy(() -> Nationality.of("deu")).hasMessageContaining("\"deu\"");
        assertThatThrownBy(() -> Nationality.of("")).hasMessageContaining("\"\"");
        assertThatThrownBy(() -> Nationality.of("DE")).hasMessageContaining("\"DE\"");
    }
}

package org.crossings.server.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountryCodeTest {

    @Test
    void the_embedded_list_has_the_249_officially_assigned_codes_with_their_alpha_2_twins() {
        assertThat(CountryCode.of("ARM").alpha2()).isEqualTo("AM");
        assertThat(CountryCode.ofAlpha2("TR")).isEqualTo(CountryCode.of("TUR"));
        assertThat(CountryCode.of("AZE").name()).isEqualTo("Azerbaijan");
        assertThat(CountryCode.isAlpha3("DEU")).isTrue();
    }

    @Test
    void an_unassigned_alpha_3_code_is_refused_naming_it() {
        assertThatThrownBy(() -> CountryCode.of("XYZ"))
                .hasMessage("country code \"XYZ\" is not an ISO 3166-1 alpha-3 code");
        assertThatThrownBy(() -> CountryCode.of("arm")).hasMessageContaining("\"arm\"");
    }

    @Test
    void an_unassigned_alpha_2_code_is_refused_naming_it() {
        assertThatThrownBy(() -> CountryCode.ofAlpha2("XX"))
                .hasMessage("country code \"XX\" is not an ISO 3166-1 alpha-2 code");
    }
}

package org.crossings.server.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyTest {

    @Test
    void a_state_is_named_by_its_iso_alpha_3_code() {
        Party armenia = new Party(PartyCode.of("ARM"), "Republic of Armenia", PartyKind.STATE);
        assertThat(armenia.country()).isEqualTo(CountryCode.of("ARM"));
    }

    @Test
    void a_state_with_a_code_that_is_no_country_is_refused() {
        assertThatThrownBy(() -> new Party(PartyCode.of("EU"), "European Union", PartyKind.STATE))
                .hasMessage("party EU: a state's code \"EU\" must be an ISO 3166-1 alpha-3 code");
    }

    @Test
    void an_observer_may_use_a_country_code_and_the_operator_its_own_code() {
        Party usa = new Party(PartyCode.of("USA"), "United States", PartyKind.OBSERVER);
        Party operator = new Party(PartyCode.of("OPERATOR"), "Route operator", PartyKind.OPERATOR);
        assertThat(usa.isState()).isFalse();
        assertThat(operator.isState()).isFalse();
        assertThatThrownBy(usa::country).hasMessageContaining("OBSERVER");
    }

    @Test
    void party_codes_are_upper_case_and_name_the_bad_value() {
        assertThatThrownBy(() -> PartyCode.of("arm")).hasMessageStartingWith("party code \"arm\"");
        assertThatThrownBy(() -> PartyCode.of("A")).hasMessageStartingWith("party code \"A\"");
    }

    @Test
    void a_party_code_used_twice_is_refused() {
        Party arm = new Party(PartyCode.of("ARM"), "Armenia", PartyKind.STATE);
        assertThatThrownBy(() -> Parties.of(List.of(arm, arm))).hasMessage("party code \"ARM\" is used twice");
        assertThat(Parties.of(List.of(arm)).find(PartyCode.of("ARM"))).contains(arm);
    }
}

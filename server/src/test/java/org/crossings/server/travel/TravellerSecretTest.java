package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TravellerSecretTest {

    @Test
    void a_secret_matches_its_own_hash_and_no_other_secrets() {
        TravellerSecret secret = TravellerSecret.random();
        TravellerSecret other = TravellerSecret.random();

        assertThat(secret.matches(secret.hash())).isTrue();
        assertThat(TravellerSecret.of(secret.value()).matches(secret.hash())).isTrue();
        assertThat(other.matches(secret.hash())).isFalse();
    }

    @Test
    void secrets_are_drawn_at_random_from_the_references_alphabet() {
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            drawn.add(TravellerSecret.random().value());
        }
        assertThat(drawn).hasSize(1000).allSatisfy(value -> assertThat(value).hasSize(26)
                .matches("[" + CaseReference.ALPHABET + "]+"));
    }

    @Test
    void a_malformed_secret_is_refused_naming_the_field_and_the_value() {
        assertThatThrownBy(() -> TravellerSecret.of("7QMXD4HRGK2NPTV9WBC3SEFJY0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret \"7QMXD4HRGK2NPTV9WBC3SEFJY0\" must be 26 characters of " + CaseReference.ALPHABET);
        assertThatThrownBy(() -> TravellerSecret.of("SHORT")).hasMessageStartingWith("secret \"SHORT\"");
    }

    @Test
    void a_secret_never_prints_itself() {
        TravellerSecret secret = TravellerSecret.random();

        assertThat(secret.toString()).doesNotContain(secret.value());
    }
}

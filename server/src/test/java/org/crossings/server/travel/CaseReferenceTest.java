package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseReferenceTest {

    @Test
    void random_references_are_valid_and_distinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            CaseReference reference = CaseReference.random();
            assertThat(CaseReference.of(reference.value())).isEqualTo(reference);
            seen.add(reference.value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void every_single_mistyped_character_is_caught_by_the_check_character() {
        for (int n = 0; n < 200; n++) {
            String reference = CaseReference.random().value();
            for (int i = 0; i < reference.length(); i++) {
                for (char c : CaseReference.ALPHABET.toCharArray()) {
                    if (c == reference.charAt(i)) {
                        continue;
                    }
                    String typo = reference.substring(0, i) + c + reference.substring(i + 1);
                    assertThatThrownBy(() -> CaseReference.of(typo)).as(typo)
                            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(typo);
                }
            }
        }
    }

    @Test
    void a_reference_of_the_wrong_form_is_refused_naming_it() {
        assertThatThrownBy(() -> CaseReference.of("k7qm2xd4hrn")).hasMessageContaining("\"k7qm2xd4hrn\"");
        assertThatThrownBy(() -> CaseReference.of("K7QM2XD4HR")).hasMessageContaining("11 characters");
        assertThatThrownBy(() -> CaseReference.of("K7QM2XD4HRO")).hasMessageContaining("characters of");
    }
}

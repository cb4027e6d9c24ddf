package org.crossings.server.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ApiTokenSecretTest {

    @Test
    void a_generated_secret_has_the_crx_prefix_and_256_random_bits() {
        ApiTokenSecret one = ApiTokenSecret.generate();
        ApiTokenSecret other = ApiTokenSecret.generate();

        assertThat(one.value()).startsWith("crx_").hasSize(4 + 43);
        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void a_secret_is_stored_as_its_sha256() {
        ApiTokenSecret secret = new ApiTokenSecret("crx_" + "A".repeat(43));

        // sha256 of "crx_AAA...A" (43 A), computed with: printf 'crx_%s' $(printf 'A%.0s' {1..43}) | sha256sum
        assertThat(HexFormat.of().formatHex(secret.sha256()))
                .isEqualTo("591809aea73a99b058f514893fdca53bd0e5cb109de1641cd857ad6eaf258ef0");
    }

    @Test
    void a_secret_never_shows_in_logs() {
        assertThat(ApiTokenSecret.generate().toString()).isEqualTo("ApiTokenSecret[crx_...]");
    }

    @Test
    void a_malformed_secret_is_refused_without_echoing_it() {
        assertThatThrownBy(() -> new ApiTokenSecret("crx_short"))
                .hasMessage("API token must be \"crx_\" and 43 base64url characters");
        assertThat(ApiTokenSecret.isWellFormed("Bearer crx_x")).isFalse();
        assertThat(ApiTokenSecret.isWellFormed(null)).isFalse();
    }
}

package org.crossings.server.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.junit.jupiter.api.Test;

class PartyKeysTest {

    private static final PartyCode ARM = PartyCode.of("ARM");
    private static final Instant JAN_2022 = Instant.parse("2022-01-01T00:00:00Z");
    private static final Instant JAN_2024 = Instant.parse("2024-01-01T00:00:00Z");
    private static final byte[] MESSAGE = "terms".getBytes(StandardCharsets.UTF_8);

    private final Ed25519NoteSigner first = Ed25519NoteSigner.generate("ARM");
    private final Ed25519NoteSigner second = Ed25519NoteSigner.generate("ARM");
    private final PartyKeys rotated = PartyKeys.of(PartyKey.active(ARM, first.verifier(), JAN_2022))
            .rotate(second.verifier(), JAN_2024);

    @Test
    void a_signature_made_before_a_rotation_still_verifies_with_the_retired_key() {
        Instant before = JAN_2024.minusSeconds(1);
        assertThat(rotated.check(MESSAGE, first.keyId(), before, first.sign(MESSAGE))).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void a_retired_key_cannot_sign_from_the_instant_of_rotation_on() {
        assertThat(rotated.check(MESSAGE, first.keyId(), JAN_2024, first.sign(MESSAGE)))
                .isEqualTo(SignatureCheck.KEY_NOT_VALID_AT_SIGNING);
        assertThat(rotated.check(MESSAGE, second.keyId(), JAN_2024, second.sign(MESSAGE)))
                .isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void a_key_cannot_sign_before_it_was_valid() {
        assertThat(rotated.check(MESSAGE, second.keyId(), JAN_2024.minusSeconds(1), second.sign(MESSAGE)))
                .isEqualTo(SignatureCheck.KEY_NOT_VALID_AT_SIGNING);
    }

    @Test
    void an_unknown_key_and_a_signature_over_other_bytes_are_refused() {
        Ed25519NoteSigner stranger = Ed25519NoteSigner.generate("ARM");
        assertThat(rotated.check(MESSAGE, stranger.keyId(), JAN_2024, stranger.sign(MESSAGE)))
                .isEqualTo(SignatureCheck.UNKNOWN_KEY);
        byte[] other = "other terms".getBytes(StandardCharsets.UTF_8);
        assertThat(rotated.check(MESSAGE, second.keyId(), JAN_2024, second.sign(other)))
                .isEqualTo(SignatureCheck.BAD_SIGNATURE);
    }

    @Test
    void a_keyring_holds_only_keys_of_its_own_party() {
        PartyKey turkish = PartyKey.active(PartyCode.of("TUR"), first.verifier(), JAN_2022);
        assertThatThrownBy(() -> new PartyKeys(ARM, List.of(turkish)))
                .hasMessageContaining("belongs to party \"TUR\"");
    }

    @Test
    void a_key_retired_before_it_became_valid_is_refused() {
        assertThatThrownBy(() -> new PartyKey(ARM, first.verifier(), JAN_2024, JAN_2022))
                .hasMessageContaining("retiredAt \"2022-01-01T00:00:00Z\" is not after validFrom \"2024-01-01T00:00:00Z\"");
    }
}

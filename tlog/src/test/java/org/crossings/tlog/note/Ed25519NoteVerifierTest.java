package org.crossings.tlog.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.crossings.tlog.note.GoNoteVectors.PETER_VKEY;
import static org.crossings.tlog.note.GoNoteVectors.UNKNOWN_ALGORITHM_VKEY;
import static org.crossings.tlog.note.GoNoteVectors.WRONG_LENGTH_VKEY;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ed25519NoteVerifierTest {

    @Test
    void the_go_reference_verifier_key_parses_with_its_name_and_key_id_and_formats_back() {
        Ed25519NoteVerifier verifier = Ed25519NoteVerifier.parse(PETER_VKEY);

        assertThat(verifier.name()).isEqualTo("PeterNeumann");
        assertThat(verifier.keyId()).isEqualTo(new KeyId(0xc74f20a3));
        assertThat(verifier.verifierKey()).isEqualTo(PETER_VKEY);
    }

    @Test
    void the_key_id_is_the_first_four_bytes_of_sha256_over_name_newline_type_and_public_key() {
        VerifierKey key = VerifierKey.parse(PETER_VKEY);
        assertThat(KeyId.of("PeterNeumann", VerifierKey.typed((byte) 1, key.publicKey())).hex()).isEqualTo("c74f20a3");
        assertThat(Ed25519NoteVerifier.of("PeterNeumann", key.publicKey()).verifierKey()).isEqualTo(PETER_VKEY);
    }

    @Test
    void every_substring_and_every_single_byte_change_of_the_verifier_key_is_rejected() {
        // note_test.go TestNewVerifier: "Check various manglings are not accepted."
        List<String> accepted = new ArrayList<>();
        byte[] b = PETER_VKEY.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i <= b.length; i++) {
            for (int j = i + 1; j <= b.length; j++) {
                if (i != 0 || j != b.length) {
                    tryParse(PETER_VKEY.substring(i, j), accepted);
                }
            }
        }
        for (int i = 0; i < b.length; i++) {
            b[i]++;
            tryParse(new String(b, StandardCharsets.UTF_8), accepted);
            b[i]--;
        }
        assertThat(accepted).isEmpty();
    }

    @Test
    void a_key_of_the_wrong_length_is_rejected_even_with_a_matching_key_id() {
        // Go's vector ends in "BADKEY==", which is not even canonical base64: we reject it one step earlier.
        assertThatThrownBy(() -> Ed25519NoteVerifier.parse(WRONG_LENGTH_VKEY))
                .hasMessageContaining("is not canonical padded base64");
        String shortKey = VerifierKey.of("PeterNeumann", (byte) 1, new byte[31]).encode();
        assertThatThrownBy(() -> Ed25519NoteVerifier.parse(shortKey))
                .hasMessage("verifier key \"PeterNeumann\": Ed25519 public key must be 32 bytes, it is 31");
    }

    @Test
    void an_unknown_signature_type_is_rejected_even_with_a_matching_key_id() {
        assertThatThrownBy(() -> Ed25519NoteVerifier.parse(UNKNOWN_ALGORITHM_VKEY))
                .hasMessage("verifier key \"PeterNeumann\": signature type 0x65 is not Ed25519 (0x01)");
    }

    @Test
    void errors_name_the_part_of_the_key_that_is_wrong() {
        assertThatThrownBy(() -> VerifierKey.parse("PeterNeumann+c74f20a3"))
                .hasMessage("verifier key \"PeterNeumann+c74f20a3\" must be <name>+<key ID>+<base64 key>");
        assertThatThrownBy(() -> VerifierKey.parse("Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .hasMessageContaining(": name \"Peter Neumann\" must be non-empty, without spaces");
        assertThatThrownBy(() -> VerifierKey.parse("PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .hasMessage("key ID \"c74f20a\" must be 8 hexadecimal digits");
        assertThatThrownBy(() -> VerifierKey.parse("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"))
                .hasMessage("verifier key \"PeterNeumann\": key ID c74f20a4 does not match the key, whose key ID is c74f20a3");
        assertThatThrownBy(() -> VerifierKey.parse("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T"))
                .hasMessageContaining("verifier key \"PeterNeumann\": key \"ARpc2");
    }

    @Test
    void a_signature_of_the_wrong_length_is_false_not_an_error() {
        Ed25519NoteVerifier verifier = Ed25519NoteVerifier.parse(PETER_VKEY);
        assertThat(verifier.verify(new byte[] {1}, new byte[63])).isFalse();
        assertThat(verifier.verify(new byte[] {1}, new byte[64])).isFalse();
    }

    private static void tryParse(String key, List<String> accepted) {
        if (!(catchThrowable(() -> Ed25519NoteVerifier.parse(key)) instanceof NoteException)) {
            accepted.add(key);
        }
    }
}

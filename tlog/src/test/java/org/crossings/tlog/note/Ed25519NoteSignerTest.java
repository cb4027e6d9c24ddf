package org.crossings.tlog.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.crossings.tlog.note.GoNoteVectors.PETER_SKEY;
import static org.crossings.tlog.note.GoNoteVectors.PETER_VKEY;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Ed25519NoteSignerTest {

    @Test
    void the_go_reference_signer_key_parses_and_derives_the_matching_verifier_key() {
        Ed25519NoteSigner signer = Ed25519NoteSigner.parse(PETER_SKEY);

        assertThat(signer.name()).isEqualTo("PeterNeumann");
        assertThat(signer.keyId().hex()).isEqualTo("c74f20a3");
        assertThat(signer.verifier().verifierKey()).isEqualTo(PETER_VKEY);
        assertThat(signer.signerKey()).isEqualTo(PETER_SKEY);
    }

    @Test
    void every_substring_and_every_single_byte_change_of_the_signer_key_is_rejected() {
        // note_test.go TestNewSigner: "Check various manglings are not accepted."
        List<String> accepted = new ArrayList<>();
        byte[] b = PETER_SKEY.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i <= b.length; i++) {
            for (int j = i + 1; j <= b.length; j++) {
                if (i != 0 || j != b.length) {
                    tryParse(PETER_SKEY.substring(i, j), accepted);
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
    void a_generated_key_signs_what_its_verifier_accepts_and_nothing_else() {
        // note_test.go testSignerAndVerifier
        Ed25519NoteSigner signer = Ed25519NoteSigner.generate("EnochRoot");
        Ed25519NoteVerifier verifier = Ed25519NoteVerifier.parse(signer.verifier().verifierKey());
        byte[] message = "hi".getBytes(StandardCharsets.UTF_8);
        byte[] signature = signer.sign(message);

        assertThat(verifier.keyId()).isEqualTo(signer.keyId());
        assertThat(verifier.verify(message, signature)).isTrue();
        signature[0]++;
        assertThat(verifier.verify(message, signature)).isFalse();
        signature[0]--;
        message[0]++;
        assertThat(verifier.verify(message, signature)).isFalse();
    }

    @Test
    void a_generated_signer_key_string_parses_back_to_the_same_key() {
        Ed25519NoteSigner signer = Ed25519NoteSigner.generate("example.com/log");
        Ed25519NoteSigner parsed = Ed25519NoteSigner.parse(signer.signerKey());
        assertThat(parsed.verifier()).isEqualTo(signer.verifier());
    }

    @Test
    void the_secret_never_appears_in_to_string_nor_in_errors() {
        Ed25519NoteSigner signer = Ed25519NoteSigner.parse(PETER_SKEY);
        String secret = "AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
        assertThat(signer.toString()).doesNotContain(secret).contains("c74f20a3");
        assertThat(SignerKey.parse(PETER_SKEY).toString()).doesNotContain(secret);
        assertThatThrownBy(() -> SignerKey.parse(PETER_SKEY.substring(0, PETER_SKEY.length() - 1)))
                .hasMessage("signer key \"PeterNeumann\": key is not canonical padded base64");
    }

    @Test
    void errors_name_the_part_of_the_signer_key_that_is_wrong() {
        assertThatThrownBy(() -> Ed25519NoteSigner.parse("PeterNeumann+c74f20a3+AYEK"))
                .hasMessageStartingWith("signer key must start with \"PRIVATE+KEY+\"");
        assertThatThrownBy(() -> Ed25519NoteSigner.parse(PETER_SKEY.replace("c74f20a3", "c74f20a4")))
                .hasMessage("signer key \"PeterNeumann\": key ID c74f20a4 does not match the key, whose key ID is c74f20a3");
    }

    private static void tryParse(String key, List<String> accepted) {
        if (!(catchThrowable(() -> Ed25519NoteSigner.parse(key)) instanceof NoteException)) {
            accepted.add(key);
        }
    }
}

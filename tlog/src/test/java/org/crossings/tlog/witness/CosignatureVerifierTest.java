package org.crossings.tlog.witness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.note.NoteException;
import org.crossings.tlog.note.NoteSignature;
import org.crossings.tlog.note.NoteVerificationException;
import org.crossings.tlog.note.Notes;
import org.crossings.tlog.note.VerifiedNote;
import org.junit.jupiter.api.Test;

class CosignatureVerifierTest {

    private static final Clock AT_1679315147 = Clock.fixed(Instant.ofEpochSecond(1679315147L), ZoneOffset.UTC);
    // The cosigned message example body of https://c2sp.org/tlog-cosignature.
    private static final String SOFA = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    @Test
    void a_real_witness_cosignature_on_a_real_checkpoint_verifies() {
        CosignatureVerifier remora = CosignatureVerifier.parse(RealCosignedCheckpoint.REMORA_VKEY);

        VerifiedNote opened = Notes.open(RealCosignedCheckpoint.NOTE, List.of(remora));

        assertThat(opened.verifiers()).containsExactly(remora);
        assertThat(remora.keyId().hex()).isEqualTo("da77ade7");
        assertThat(remora.verifierKey()).isEqualTo(RealCosignedCheckpoint.REMORA_VKEY);
    }

    @Test
    void the_same_real_checkpoint_verifies_under_the_logs_own_key_ignoring_its_other_signature_types() {
        SignedCheckpoint signed = SignedCheckpoint.open(RealCosignedCheckpoint.NOTE,
                Ed25519NoteVerifier.parse(RealCosignedCheckpoint.LOG_VKEY));

        assertThat(signed.checkpoint().size()).isEqualTo(1432088532L);
    }

    @Test
    void a_real_cosignature_does_not_verify_on_a_changed_checkpoint() {
        String forged = RealCosignedCheckpoint.NOTE.replace("1432088532", "1432088533");
        assertThatThrownBy(() -> Notes.open(forged, List.of(CosignatureVerifier.parse(RealCosignedCheckpoint.REMORA_VKEY))))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessage("signature by known key remora.n621.de+da77ade7 does not verify");
    }

    @Test
    void the_timestamp_is_read_from_the_first_eight_bytes_after_the_key_id() {
        // transparency-dev/formats note/note_cosigv1_test.go TestCoSigV1Timestamp "works": 1727964367.
        NoteSignature line = NoteSignature.parseLine("\u2014 w ZGhGuQAAAABm/qTPeyKXD+R2rzyQsxPiP8mXum7qq/iF0u4vanlqJyocWODBt97w9uL+8qT7S5gxEHWWOworDcFiEBYJXORmnFBOBA==");
        assertThat(Cosignature.parse(line.signature()).timestamp()).isEqualTo(1727964367L);
    }

    @Test
    void a_plain_ed25519_signature_is_not_a_cosignature() {
        // TestCoSigV1Timestamp "wrong type of signature": 4 + 64 bytes, no timestamp.
        NoteSignature line = NoteSignature.parseLine("\u2014 w eQjRQm6eSKzFoiYalgwCPXu2y3ijtg68is9M46JKxuZB+dRfTmeQeDBoXnvxZx2ugnkyV+MUMLXpWs1hPb/W/4xkNQY=");
        assertThatThrownBy(() -> Cosignature.parse(line.signature()))
                .hasMessage("cosignature must be 72 bytes (timestamp and Ed25519 signature), it is 64");
    }

    @Test
    void witness_keys_parse_as_native_type_4_or_converted_from_a_type_1_note_key() {
        // transparency-dev/formats note/note_cosigv1_test.go TestCoSigV1NewVerifier.
        CosignatureVerifier converted = CosignatureVerifier.parse("TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6");
        assertThat(converted.name()).isEqualTo("TEST");
        assertThat(converted.keyId().hex()).isNotEqualTo("7997405c");
        assertThat(converted.verifierKey()).startsWith("TEST+" + converted.keyId().hex() + "+BA");
        assertThatThrownBy(() -> CosignatureVerifier.parse("rekor.sigstore.dev+12345678+AwEB"))
                .isInstanceOf(NoteException.class);
    }

    @Test
    void the_cosigned_message_is_the_header_the_time_line_and_the_checkpoint_body() {
        CosignatureSigner witness = CosignatureSigner.generate("witness.example.com/w1", AT_1679315147);
        Note note = Note.parse(Notes.sign(SOFA, List.of(witness)));
        byte[] blob = note.signatures().get(0).signature();

        byte[] expected = ("cosignature/v1\ntime 1679315147\n" + SOFA).getBytes(StandardCharsets.UTF_8);
        Ed25519Signer plain = new Ed25519Signer();
        plain.init(false, new Ed25519PublicKeyParameters(publicKeyOf(witness)));
        plain.update(expected, 0, expected.length);
        assertThat(plain.verifySignature(java.util.Arrays.copyOfRange(blob, 8, 72))).isTrue();
        assertThat(Cosignature.parse(blob).timestamp()).isEqualTo(1679315147L);
    }

    @Test
    void a_cosignature_round_trips_and_fails_if_its_timestamp_or_the_extension_lines_change() {
        CosignatureSigner witness = CosignatureSigner.generate("witness.example.com/w1", AT_1679315147);
        String body = SOFA + "extension\n";
        byte[] blob = witness.sign(body.getBytes(StandardCharsets.UTF_8));
        CosignatureVerifier verifier = CosignatureVerifier.parse(witness.verifier().verifierKey());

        assertThat(verifier.verify(body.getBytes(StandardCharsets.UTF_8), blob)).isTrue();
        assertThat(verifier.verify((SOFA + "extensioN\n").getBytes(StandardCharsets.UTF_8), blob)).isFalse();
        blob[7]++;
        assertThat(verifier.verify(body.getBytes(StandardCharsets.UTF_8), blob)).isFalse();
    }

    @Test
    void a_cosigner_key_has_a_type_4_key_id_so_a_plain_note_verifier_never_matches_it() {
        CosignatureSigner witness = CosignatureSigner.generate("w", AT_1679315147);
        Ed25519NoteVerifier plain = Ed25519NoteVerifier.of("w", publicKeyOf(witness));
        assertThat(plain.keyId()).isNotEqualTo(witness.keyId());
    }

    @Test
    void a_signer_key_string_round_trips_and_its_key_id_is_checked() {
        CosignatureSigner witness = CosignatureSigner.generate("witness.example", AT_1679315147);
        CosignatureSigner parsed = CosignatureSigner.parse(witness.signerKey(), AT_1679315147);
        assertThat(parsed.verifier()).isEqualTo(witness.verifier());
        String wrongId = witness.signerKey().replace("+" + witness.keyId().hex() + "+", "+00000000+");
        assertThatThrownBy(() -> CosignatureSigner.parse(wrongId, AT_1679315147)).hasMessageContaining("does not match");
    }

    private static byte[] publicKeyOf(CosignatureSigner witness) {
        return org.crossings.tlog.note.VerifierKey.parse(witness.verifier().verifierKey()).publicKey();
    }
}

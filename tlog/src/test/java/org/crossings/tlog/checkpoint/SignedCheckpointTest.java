package org.crossings.tlog.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.note.NoteVerificationException;
import org.crossings.tlog.note.Notes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedCheckpointTest {

    private static final Ed25519NoteVerifier SUMDB = Ed25519NoteVerifier.parse(SumGolangOrg.VKEY);

    @ParameterizedTest
    @ValueSource(strings = {SumGolangOrg.TREE_58253265, SumGolangOrg.TREE_49189689, SumGolangOrg.TREE_63096908})
    void real_sum_golang_org_checkpoints_verify_under_the_published_go_checksum_database_key(String note) {
        SignedCheckpoint signed = SignedCheckpoint.open(note, SumGolangOrg.ORIGIN, SUMDB);

        assertThat(signed.checkpoint().origin()).isEqualTo("go.sum database tree");
        assertThat(signed.encode()).isEqualTo(note);
    }

    @Test
    void the_sum_golang_org_checkpoint_of_tree_58253265_has_its_size_and_root() {
        Checkpoint checkpoint = SignedCheckpoint.open(SumGolangOrg.TREE_58253265, SumGolangOrg.ORIGIN, SUMDB).checkpoint();

        assertThat(checkpoint.size()).isEqualTo(58253265L);
        assertThat(checkpoint.root()).isEqualTo(Hash.fromBase64("lIyLAEe4zJUQAda6pFFg3yPOf7j1SgfMEDrpgoX39JU="));
    }

    @Test
    void signatures_by_unknown_witness_keys_after_the_logs_are_ignored() {
        SignedCheckpoint signed = SignedCheckpoint.open(SumGolangOrg.TREE_15081221_COSIGNED, SumGolangOrg.ORIGIN, SUMDB);

        assertThat(signed.checkpoint().size()).isEqualTo(15081221L);
        assertThat(signed.note().signatures()).hasSize(3);
    }

    @Test
    void the_published_key_has_the_key_id_in_its_name() {
        assertThat(SUMDB.keyId().hex()).isEqualTo("033de0ae");
    }

    @Test
    void a_sum_golang_org_checkpoint_with_a_changed_size_does_not_verify() {
        String forged = SumGolangOrg.TREE_58253265.replace("58253265", "58253266");
        assertThatThrownBy(() -> SignedCheckpoint.open(forged, SumGolangOrg.ORIGIN, SUMDB))
                .isInstanceOf(NoteVerificationException.class)
                .hasMessage("signature by known key sum.golang.org+033de0ae does not verify");
    }

    @Test
    void a_sum_golang_org_checkpoint_is_refused_under_another_origin() {
        assertThatThrownBy(() -> SignedCheckpoint.open(SumGolangOrg.TREE_58253265, SUMDB))
                .isInstanceOf(CheckpointException.class)
                .hasMessage("checkpoint line 1 (origin) \"go.sum database tree\" is not the expected origin \"sum.golang.org\"");
    }

    @Test
    void a_checkpoint_signed_by_another_key_is_refused() {
        Ed25519NoteSigner impostor = Ed25519NoteSigner.generate("sum.golang.org");
        String note = SignedCheckpoint.sign(Checkpoint.parse("go.sum database tree\n1\n"
                + "lIyLAEe4zJUQAda6pFFg3yPOf7j1SgfMEDrpgoX39JU=\n"), impostor).encode();

        assertThatThrownBy(() -> SignedCheckpoint.open(note, SumGolangOrg.ORIGIN, SUMDB))
                .isInstanceOf(NoteVerificationException.class).hasMessageContaining("no signature by a known key");
    }

    @Test
    void a_checkpoint_signed_by_our_log_key_opens_with_its_verifier_and_origin() {
        Ed25519NoteSigner log = Ed25519NoteSigner.generate("example.com/log");
        Checkpoint checkpoint = new Checkpoint("example.com/log", 8,
                Hash.fromHex("5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"));

        SignedCheckpoint signed = SignedCheckpoint.sign(checkpoint, log);
        SignedCheckpoint opened = SignedCheckpoint.open(signed.encode(), log.verifier());

        assertThat(opened).isEqualTo(signed);
        assertThat(opened.checkpoint()).isEqualTo(checkpoint);
    }

    @Test
    void a_signed_note_whose_text_is_not_a_checkpoint_is_refused_after_its_signature_checks() {
        Ed25519NoteSigner log = Ed25519NoteSigner.generate("example.com/log");
        String note = Notes.sign("example.com/log\nnot a size\n", List.of(log));

        assertThatThrownBy(() -> SignedCheckpoint.open(note, log.verifier()))
                .isInstanceOf(CheckpointException.class).hasMessageStartingWith("checkpoint line 2 (tree size)");
    }
}

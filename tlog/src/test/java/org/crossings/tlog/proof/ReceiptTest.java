package org.crossings.tlog.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.junit.jupiter.api.Test;

class ReceiptTest {

    private static final String REAL = new String(SumGolangOrgReceipt.proofFile(), StandardCharsets.UTF_8);

    @Test
    void the_real_sum_golang_org_receipt_parses_into_index_proof_and_checkpoint_and_encodes_back_byte_for_byte() {
        Receipt receipt = Receipt.parse(SumGolangOrgReceipt.proofFile());

        assertThat(receipt.extra()).isEmpty();
        assertThat(receipt.index()).isEqualTo(43930254L);
        assertThat(receipt.proof()).hasSize(26);
        assertThat(receipt.proof().get(0)).isEqualTo(Hash.fromBase64("Q2cuq1e21q4UC1RQ6wtmXmCxk2q3Wqz/yFvD12P2KSM="));
        assertThat(receipt.checkpoint().checkpoint().size()).isEqualTo(58253265L);
        assertThat(receipt.encode()).isEqualTo(REAL);
    }

    @Test
    void receipts_one_after_another_split_into_each_receipt_exactly() {
        Receipt own = ownReceipt(Optional.of("entry".getBytes(StandardCharsets.UTF_8)));

        List<String> split = Receipt.split(REAL + own.encode() + REAL);

        assertThat(split).containsExactly(REAL, own.encode(), REAL);
        assertThat(Receipt.split(REAL)).containsExactly(REAL);
        assertThatThrownBy(() -> Receipt.split("index 2\n" + REAL)).isInstanceOf(ReceiptException.class)
                .hasMessageContaining("header");
    }

    @Test
    void extra_data_round_trips_and_comes_before_the_index() {
        Receipt receipt = ownReceipt(Optional.of("age-v1.2.1-darwin-arm64.tar.gz".getBytes(StandardCharsets.UTF_8)));

        String text = receipt.encode();

        assertThat(text).startsWith("c2sp.org/tlog-proof@v1\nextra YWdlLXYxLjIuMS1kYXJ3aW4tYXJtNjQudGFyLmd6\nindex 2\n");
        assertThat(Receipt.parse(text)).isEqualTo(receipt);
    }

    @Test
    void a_receipt_with_no_proof_hashes_has_a_blank_line_right_after_the_index() {
        Ed25519NoteSigner log = Ed25519NoteSigner.generate("example.com/log");
        Hash leaf = TreeHash.leaf(new byte[] {1});
        Receipt receipt = new Receipt(0, List.of(), SignedCheckpoint.sign(new Checkpoint("example.com/log", 1, leaf), log));

        assertThat(receipt.encode()).startsWith("c2sp.org/tlog-proof@v1\nindex 0\n\nexample.com/log\n1\n");
        assertThat(Receipt.parse(receipt.encode())).isEqualTo(receipt);
    }

    @Test
    void a_wrong_header_is_rejected() {
        assertThatThrownBy(() -> Receipt.parse(REAL.replace("tlog-proof@v1", "tlog-proof@v2")))
                .isInstanceOf(ReceiptException.class)
                .hasMessage("receipt line 1 (header) \"c2sp.org/tlog-proof@v2\" must be \"c2sp.org/tlog-proof@v1\"");
    }

    @Test
    void an_index_with_a_leading_zero_or_without_its_keyword_is_rejected_naming_line_2() {
        assertThatThrownBy(() -> Receipt.parse(REAL.replace("index 43930254", "index 043930254")))
                .hasMessageStartingWith("receipt line 2 (index) \"index 043930254\" must be");
        assertThatThrownBy(() -> Receipt.parse(REAL.replace("index 43930254", "43930254")))
                .hasMessageStartingWith("receipt line 2 (index) \"43930254\" must be");
    }

    @Test
    void a_proof_hash_of_the_wrong_length_or_not_base64_is_rejected_naming_its_line() {
        assertThatThrownBy(() -> Receipt.parse(REAL.replace("VdgHwjNYSv9fZVxvYzn8kySGvrjqeCnzdJqJILieWf4=", "VdgHwjNY")))
                .hasMessage("receipt line 4 (proof hash) \"VdgHwjNY\" is 6 bytes, a SHA-256 hash is 32");
        assertThatThrownBy(() -> Receipt.parse(REAL.replace("VdgHwjNYSv9fZVxvYzn8kySGvrjqeCnzdJqJILieWf4=", "VdgHwjNY!")))
                .hasMessageStartingWith("receipt line 4 (proof hash) \"VdgHwjNY!\" is not base64");
    }

    @Test
    void extra_data_that_is_not_base64_is_rejected() {
        assertThatThrownBy(() -> Receipt.parse(REAL.replace("index 43930254\n", "extra !!\nindex 43930254\n")))
                .hasMessageStartingWith("receipt line 2 (extra data) \"!!\" is not base64");
    }

    @Test
    void a_receipt_cut_before_its_checkpoint_is_rejected() {
        String cut = REAL.substring(0, REAL.indexOf("\n\n") + 1);
        assertThatThrownBy(() -> Receipt.parse(cut))
                .hasMessage("receipt line 29 (blank line before the checkpoint) is missing");
    }

    @Test
    void anything_after_the_checkpoint_note_is_rejected_because_the_checkpoint_is_included_verbatim() {
        // transparency-dev/incubator's tlog-verify tolerates trailing newlines; the spec says "verbatim", so we do not.
        assertThatThrownBy(() -> Receipt.parse(REAL + "\n\n\n"))
                .hasMessageStartingWith("receipt checkpoint (from line 30): ");
    }

    @Test
    void a_checkpoint_whose_size_line_is_malformed_is_rejected_naming_the_checkpoint_line() {
        assertThatThrownBy(() -> Receipt.parse(REAL.replace("\n58253265\n", "\n058253265\n")))
                .hasMessageStartingWith("receipt checkpoint (from line 30): checkpoint line 2 (tree size) \"058253265\"");
    }

    static Receipt ownReceipt(Optional<byte[]> extra) {
        Ed25519NoteSigner log = Ed25519NoteSigner.generate("example.com/log");
        return ownReceipt(log, extra);
    }

    /** Leaf 2 of the 3-leaf tree of entries "a", "b", "c": its proof is the single hash of leaves 0 and 1. */
    static Receipt ownReceipt(Ed25519NoteSigner log, Optional<byte[]> extra) {
        Hash ab = TreeHash.node(TreeHash.leaf(bytes("a")), TreeHash.leaf(bytes("b")));
        Hash root = TreeHash.node(ab, TreeHash.leaf(bytes("c")));
        SignedCheckpoint checkpoint = SignedCheckpoint.sign(new Checkpoint("example.com/log", 3, root), log);
        return new Receipt(extra, 2, List.of(ab), checkpoint);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

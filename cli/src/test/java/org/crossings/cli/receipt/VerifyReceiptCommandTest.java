package org.crossings.cli.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crossings.cli.Invocation;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.InclusionProof;
import org.crossings.tlog.merkle.MemoryNodeHashes;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.proof.Receipt;
import org.crossings.tlog.witness.CosignatureSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crossings verify-receipt} on receipts made from a small in-memory log. */
class VerifyReceiptCommandTest {

    private static final String ORIGIN = "crossings.example/test-log";
    private static final int SIZE = 1000;
    private static final int INDEX = 617;

    @TempDir
    Path temp;

    private final Ed25519NoteSigner logKey = Ed25519NoteSigner.generate(ORIGIN);
    private final List<byte[]> entries = entries();

    private static List<byte[]> entries() {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            entries.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        return entries;
    }

    /** A receipt for entry {@link #INDEX}, its checkpoint signed by {@code signers}, written to a file. */
    private Path receipt(List<NoteSigner> signers) throws IOException {
        MemoryNodeHashes nodes = MemoryNodeHashes.ofEntries(entries);
        Checkpoint checkpoint = new Checkpoint(ORIGIN, SIZE, TreeHash.root(SIZE, nodes));
        Receipt receipt = new Receipt(INDEX, InclusionProof.prove(INDEX, SIZE, nodes),
                SignedCheckpoint.sign(checkpoint, signers));
        Path file = temp.resolve("receipt.tlog-proof");
        Files.writeString(file, receipt.encode());
        return file;
    }

    private Path entryFile(int index) throws IOException {
        Path file = temp.resolve("entry-" + index);
        Files.write(file, entries.get(index));
        return file;
    }

    private Invocation verifyReceipt(Path receipt, String... extra) {
        List<String> args = new ArrayList<>(List.of("verify-receipt", receipt.toString(), "--key",
                logKey.verifier().verifierKey()));
        args.addAll(List.of(extra));
        return Invocation.of(args.toArray(String[]::new));
    }

    @Test
    void a_good_receipt_proves_the_entry_at_its_index_in_the_signed_tree() throws IOException {
        Invocation run = verifyReceipt(receipt(List.of(logKey)), "--entry", entryFile(INDEX).toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("origin:     " + ORIGIN, "index:      617", "tree size:  1000",
                "leaf hash:  " + TreeHash.leaf(entries.get(INDEX)).hex());
    }

    @Test
    void a_good_receipt_can_be_checked_against_a_leaf_hash() throws IOException {
        Invocation run = verifyReceipt(receipt(List.of(logKey)), "--leaf-hash",
                TreeHash.leaf(entries.get(INDEX)).hex());

        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void a_receipt_with_a_tampered_proof_hash_fails_with_the_evidence() throws IOException {
        Path file = receipt(List.of(logKey));
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String hash = lines.get(2);
        lines.set(2, (hash.charAt(0) == 'A' ? "B" : "A") + hash.substring(1));
        Files.write(file, lines);

        Invocation run = verifyReceipt(file, "--entry", entryFile(INDEX).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("RECEIPT VERIFICATION FAILED", "inclusion proof does not lead to",
                String.join("\n", lines));
        assertEvidenceFileHolds(run.out());
    }

    @Test
    void a_receipt_does_not_prove_another_entry() throws IOException {
        Invocation run = verifyReceipt(receipt(List.of(logKey)), "--entry", entryFile(INDEX + 1).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains(TreeHash.leaf(entries.get(INDEX + 1)).hex());
    }

    @Test
    void a_receipt_whose_checkpoint_another_key_signed_fails() throws IOException {
        Path file = receipt(List.of(Ed25519NoteSigner.generate(ORIGIN)));

        Invocation run = verifyReceipt(file, "--entry", entryFile(INDEX).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("not signed by the log");
    }

    @Test
    void a_malformed_receipt_fails() throws IOException {
        Path file = temp.resolve("bad.tlog-proof");
        Files.writeString(file, "c2sp.org/tlog-proof@v1\nindex minus-one\n");

        Invocation run = verifyReceipt(file, "--entry", entryFile(INDEX).toString());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("malformed");
    }

    @Test
    void witnesses_required_by_the_party_must_have_cosigned() throws IOException {
        CosignatureSigner witness = CosignatureSigner.generate("w1.example", Clock.systemUTC());
        CosignatureSigner absent = CosignatureSigner.generate("w2.example", Clock.systemUTC());
        Path file = receipt(List.of(logKey, witness));
        String entry = entryFile(INDEX).toString();

        Invocation enough = verifyReceipt(file, "--entry", entry, "--witness-key", witness.verifier().verifierKey(),
                "--witness-key", absent.verifier().verifierKey(), "--witness-quorum", "1");
        Invocation tooFew = verifyReceipt(file, "--entry", entry, "--witness-key", witness.verifier().verifierKey(),
                "--witness-key", absent.verifier().verifierKey());

        assertThat(enough.exitCode()).as(enough.toString()).isZero();
        assertThat(enough.out()).contains("witnesses:  cosigned by 1 of 2");
        assertThat(tooFew.exitCode()).as(tooFew.toString()).isEqualTo(1);
        assertThat(tooFew.out()).contains("not cosigned by enough witnesses");
    }

    /** Receipts for these entries, one after another, each carrying its entry in its extra line. */
    private Path receipts(int... indexes) throws IOException {
        MemoryNodeHashes nodes = MemoryNodeHashes.ofEntries(entries);
        SignedCheckpoint checkpoint = SignedCheckpoint.sign(new Checkpoint(ORIGIN, SIZE, TreeHash.root(SIZE, nodes)),
                List.of(logKey));
        StringBuilder text = new StringBuilder();
        for (int index : indexes) {
            text.append(new Receipt(java.util.Optional.of(entries.get(index)), index,
                    InclusionProof.prove(index, SIZE, nodes), checkpoint).encode());
        }
        Path file = temp.resolve("case.tlog-proof");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void a_case_s_receipts_one_after_another_each_prove_the_entry_they_carry() throws IOException {
        Invocation run = verifyReceipt(receipts(3, 617, 998));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("index:      3", "index:      617", "index:      998", "entry:      entry 617");
    }

    @Test
    void receipts_out_of_log_order_fail_with_the_evidence() throws IOException {
        Invocation run = verifyReceipt(receipts(617, 3));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("receipt 2 (index 3) does not come after receipt 1 (index 617)");
    }

    @Test
    void without_an_entry_or_leaf_hash_it_is_a_usage_error() throws IOException {
        Invocation run = verifyReceipt(receipt(List.of(logKey)));

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--entry", "--leaf-hash");
    }

    @Test
    void a_bad_leaf_hash_is_a_usage_error_naming_it() throws IOException {
        Invocation run = verifyReceipt(receipt(List.of(logKey)), "--leaf-hash", "abc");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--leaf-hash", "\"abc\"");
    }

    @Test
    void a_bad_key_is_a_usage_error_naming_it() throws IOException {
        Invocation run = Invocation.of("verify-receipt", receipt(List.of(logKey)).toString(), "--key",
                "crossings.example+zz+AAAA", "--leaf-hash", TreeHash.leaf(entries.get(INDEX)).hex());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("verifier key \"crossings.example+zz+AAAA\"");
    }

    private void assertEvidenceFileHolds(String report) throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            List<Path> evidence = files.filter(f -> f.getFileName().toString().startsWith("evidence-")).toList();
            assertThat(evidence).hasSize(1);
            assertThat(Files.readString(evidence.getFirst())).isEqualTo(report);
        }
    }
}

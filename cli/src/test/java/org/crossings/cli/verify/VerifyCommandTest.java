package org.crossings.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.crossings.cli.Invocation;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.witness.CosignatureSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crossings verify} against real logs served over HTTP from a temporary directory.
 *
 * <p>Over 300 lines on purpose: it is the auditor's whole story in one place, one test per way a log can lie (tampered
 * entry, tampered tile, foreign key, fork, rollback, deleted or truncated bundle or tile, unmet witness quorum), and
 * the ways it merely fails (unreachable, server errors), each sharing the same served-log fixture; split, the cases
 * would lose their common setting.
 */
class VerifyCommandTest {

    private static final String ORIGIN = "crossings.example/test-log";

    @TempDir
    Path temp;

    private final Ed25519NoteSigner logKey = Ed25519NoteSigner.generate(ORIGIN);
    private TiledLog log;
    private StaticServer server;
    private Path state;

    @BeforeEach
    void serveALog() {
        log = new TiledLog(temp.resolve("log"), ORIGIN, logKey);
        server = new StaticServer(log.directory());
        state = temp.resolve("state").resolve("test-log.checkpoint");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Invocation verify(String... extra) {
        List<String> args = new ArrayList<>(List.of("verify", server.url(), "--key",
                logKey.verifier().verifierKey(), "--state", state.toString(), "--parallel", "4"));
        args.addAll(List.of(extra));
        return Invocation.of(args.toArray(String[]::new));
    }

    @Test
    void a_log_of_3000_entries_verifies_and_its_checkpoint_is_saved() throws IOException {
        log.growTo(3000, "entry");

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("verified: " + ORIGIN, "size:     3000", "12 entry bundles", "13 hash tiles",
                "first audit");
        assertThat(Files.readString(state)).isEqualTo(log.checkpointNote());
    }

    @Test
    void a_log_that_grew_past_a_full_level_1_tile_verifies_consistent_with_the_saved_checkpoint() throws IOException {
        log.growTo(3000, "entry");
        assertThat(verify().exitCode()).isZero();

        log.growTo(70_000, "entry");
        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("size:     70000", "size 3000 -> 70000, consistent");
        assertThat(Files.readString(state)).isEqualTo(log.checkpointNote());
    }

    @Test
    void verifying_the_same_checkpoint_again_passes() {
        log.growTo(600, "entry");
        assertThat(verify().exitCode()).isZero();

        Invocation again = verify();

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("size 600, unchanged");
    }

    @Test
    void a_partial_tile_replaced_by_its_full_tile_is_read_from_the_full_tile() {
        log.growTo(300, "entry");
        String note = log.checkpointNote();
        log.growTo(512, "entry");
        log.delete("tile/0/001.p/44");
        log.delete("tile/entries/001.p/44");
        log.write("checkpoint", note.getBytes(StandardCharsets.UTF_8));

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("size:     300");
    }

    @Test
    void a_tampered_entry_fails_naming_its_bundle_and_tile_with_expected_and_served_hashes() throws IOException {
        log.growTo(3000, "entry");
        String bundle = "tile/entries/005";
        log.write(bundle, new String(log.bytes(bundle), StandardCharsets.UTF_8)
                .replace("entry 1300", "entry 9999").getBytes(StandardCharsets.UTF_8));

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("VERIFICATION FAILED", "tile/0/005", "leaf of entry:      1300 in " + bundle,
                "expected (recomputed): ", "served:", log.checkpointNote());
        assertEvidenceFileHolds(run.out());
        assertThat(state).doesNotExist();
    }

    @Test
    void a_tampered_hash_tile_fails_naming_the_tile_and_node() throws IOException {
        log.growTo(3000, "entry");
        String tile = "tile/1/000.p/11";
        byte[] body = log.bytes(tile);
        Hash served = flipFirstByte(body, 3 * Hash.SIZE);
        log.write(tile, body);

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("tile:               " + tile, "tree level 8, node index 3",
                "served:                " + served.hex());
        assertEvidenceFileHolds(run.out());
    }

    @Test
    void a_checkpoint_signed_by_another_key_fails() throws IOException {
        log.growTo(1000, "entry");
        Ed25519NoteSigner impostor = Ed25519NoteSigner.generate(ORIGIN);
        log.sign(new Checkpoint(ORIGIN, 1000, Hash.fromBase64(checkpointRoot())), impostor);

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("is not a checkpoint of " + ORIGIN, log.checkpointNote());
        assertEvidenceFileHolds(run.out());
    }

    @Test
    void a_forked_history_fails_with_both_checkpoints_and_the_consistency_proof() throws IOException {
        log.growTo(2000, "entry");
        assertThat(verify().exitCode()).isZero();
        String verifiedNote = Files.readString(state);
        TiledLog fork = new TiledLog(temp.resolve("fork"), ORIGIN, logKey).growTo(2500, "forged");
        server.serve(fork.directory());

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("not consistent with the checkpoint verified before", verifiedNote,
                fork.checkpointNote(), "consistency proof (from the served tiles):", "previous size:       2000");
        assertThat(Files.readString(state)).isEqualTo(verifiedNote);
        assertEvidenceFileHolds(run.out());
    }

    @Test
    void a_forked_history_at_the_same_size_fails() {
        log.growTo(2000, "entry");
        assertThat(verify().exitCode()).isZero();
        TiledLog fork = new TiledLog(temp.resolve("fork"), ORIGIN, logKey).growTo(2000, "forged");
        server.serve(fork.directory());

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("not consistent with the checkpoint verified before");
    }

    @Test
    void a_rollback_to_a_smaller_tree_fails_with_both_checkpoints() throws IOException {
        log.growTo(2000, "entry");
        String older = log.checkpointNote();
        log.growTo(3000, "entry");
        assertThat(verify().exitCode()).isZero();
        log.write("checkpoint", older.getBytes(StandardCharsets.UTF_8));

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("rollback", "previous size: 3000", "served size:   2000", older,
                Files.readString(state));
        assertEvidenceFileHolds(run.out());
    }

    @Test
    void a_deleted_entry_bundle_the_checkpoint_covers_fails_with_evidence_naming_the_checkpoint_and_the_bundle()
            throws IOException {
        log.growTo(3000, "entry");
        log.delete("tile/entries/004");

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("VERIFICATION FAILED: the log does not serve tile/entries/004, which the signed"
                        + " checkpoint covers", "missing resource: tile/entries/004 (entries 1024 to 1279)",
                "GET " + server.url() + "tile/entries/004 answered HTTP 404", log.checkpointNote());
        assertEvidenceFileHolds(run.out());
        assertThat(state).doesNotExist();
    }

    @Test
    void a_deleted_hash_tile_the_checkpoint_covers_fails_naming_it() throws IOException {
        log.growTo(3000, "entry");
        log.delete("tile/0/004");

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("missing resource: tile/0/004 (hashes of tree level 0, nodes 1024 to 1279)");
        assertEvidenceFileHolds(run.out());
    }

    @Test
    void a_partial_bundle_missing_together_with_its_full_bundle_fails_naming_both_urls() {
        log.growTo(3000, "entry");
        log.delete("tile/entries/011.p/184");

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("GET " + server.url() + "tile/entries/011.p/184 answered HTTP 404",
                "GET " + server.url() + "tile/entries/011 answered HTTP 404");
    }

    @Test
    void a_truncated_entry_bundle_fails_as_malformed() {
        log.growTo(3000, "entry");
        byte[] bundle = log.bytes("tile/entries/002");
        log.write("tile/entries/002", Arrays.copyOf(bundle, bundle.length - 5));

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("entry bundle tile/entries/002 is malformed");
    }

    @Test
    void a_hash_tile_short_of_a_hash_fails_as_malformed() {
        log.growTo(3000, "entry");
        byte[] tile = log.bytes("tile/0/002");
        log.write("tile/0/002", Arrays.copyOf(tile, tile.length - Hash.SIZE));

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("tile tile/0/002 is malformed");
    }

    @Test
    void a_server_that_keeps_failing_for_a_covered_tile_exits_3_as_unreachable_not_as_tampering() {
        log.growTo(1000, "entry");
        server.failNext("tile/0/002", 10);

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains(server.url() + "tile/0/002", "503");
        assertThat(run.out()).doesNotContain("VERIFICATION FAILED");
        assertThat(state).doesNotExist();
    }

    @Test
    void transient_server_errors_are_retried() {
        log.growTo(1000, "entry");
        server.failNext("checkpoint", 2);
        server.failNext("tile/0/002", 3);

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void an_unreachable_log_exits_3() {
        log.growTo(10, "entry");
        server.close();

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
        assertThat(run.err()).contains(server.url() + "checkpoint");
    }

    @Test
    void a_bad_key_string_exits_2_naming_the_problem() {
        Invocation run = Invocation.of("verify", server.url(), "--key", "not-a-key");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--key", "not-a-key");
    }

    @Test
    void a_key_can_be_read_from_a_file() throws IOException {
        log.growTo(10, "entry");
        Path keyFile = temp.resolve("log.vkey");
        Files.writeString(keyFile, logKey.verifier().verifierKey() + "\n");

        Invocation run = Invocation.of("verify", server.url(), "--key", "@" + keyFile, "--state", state.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void a_checkpoint_cosigned_by_enough_witnesses_verifies() {
        CosignatureSigner w1 = CosignatureSigner.generate("w1.example", Clock.systemUTC());
        CosignatureSigner w2 = CosignatureSigner.generate("w2.example", Clock.systemUTC());
        log.cosignedBy(w1).growTo(500, "entry");

        Invocation run = verify("--witness-key", w1.verifier().verifierKey(),
                "--witness-key", w2.verifier().verifierKey(), "--witness-quorum", "1");

        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @Test
    void a_checkpoint_without_the_witness_quorum_fails() {
        CosignatureSigner w1 = CosignatureSigner.generate("w1.example", Clock.systemUTC());
        CosignatureSigner w2 = CosignatureSigner.generate("w2.example", Clock.systemUTC());
        log.cosignedBy(w1).growTo(500, "entry");

        Invocation run = verify("--witness-key", w1.verifier().verifierKey(),
                "--witness-key", w2.verifier().verifierKey());

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("cosigned by 1 of 2 witnesses [w1.example], 2 needed");
        assertThat(state).doesNotExist();
    }

    @Test
    void a_witness_quorum_larger_than_the_witnesses_exits_2() {
        CosignatureSigner w1 = CosignatureSigner.generate("w1.example", Clock.systemUTC());

        Invocation run = verify("--witness-key", w1.verifier().verifierKey(), "--witness-quorum", "2");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--witness-quorum", "threshold 2");
    }

    @Test
    void an_empty_log_verifies() {
        log.growTo(0, "entry");

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("size:     0", "0 entry bundles, 0 hash tiles");
    }

    @Test
    void the_origin_must_be_the_key_name_unless_the_auditor_names_another() {
        Ed25519NoteSigner namedKey = Ed25519NoteSigner.generate("operator-key-2026");
        new TiledLog(log.directory(), ORIGIN, namedKey).growTo(100, "entry");
        List<String> args = List.of("verify", server.url(), "--key", namedKey.verifier().verifierKey(),
                "--state", state.toString());

        Invocation withoutOrigin = Invocation.of(args.toArray(String[]::new));
        Invocation withOrigin = Invocation.of(Stream.concat(args.stream(), Stream.of("--origin", ORIGIN))
                .toArray(String[]::new));

        assertThat(withoutOrigin.exitCode()).as(withoutOrigin.toString()).isEqualTo(1);
        assertThat(withoutOrigin.out()).contains("\"" + ORIGIN + "\" is not the expected origin \"operator-key-2026\"");
        assertThat(withOrigin.exitCode()).as(withOrigin.toString()).isZero();
    }

    @Test
    void a_state_file_of_another_log_is_a_usage_error() throws IOException {
        log.growTo(100, "entry");
        TiledLog other = new TiledLog(temp.resolve("other"), "other.example/log",
                Ed25519NoteSigner.generate("other.example/log")).growTo(10, "x");
        Files.createDirectories(state.getParent());
        Files.writeString(state, other.checkpointNote());

        Invocation run = verify();

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--state " + state + " holds no checkpoint of this log");
    }

    @Test
    void without_state_option_the_checkpoint_is_kept_per_origin_in_the_home_directory() {
        log.growTo(10, "entry");
        String home = System.getProperty("user.home");
        System.setProperty("user.home", temp.toString());
        try {
            Invocation run = Invocation.of("verify", server.url(), "--key", logKey.verifier().verifierKey());

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(temp.resolve(".crossings/verify/crossings.example_test-log.checkpoint")).exists();
        } finally {
            System.setProperty("user.home", home);
        }
    }

    private String checkpointRoot() {
        return SignedCheckpoint.open(log.checkpointNote(), logKey.verifier()).checkpoint().root().base64();
    }

    private static Hash flipFirstByte(byte[] tile, int offset) {
        tile[offset] ^= 1;
        byte[] hash = new byte[Hash.SIZE];
        System.arraycopy(tile, offset, hash, 0, Hash.SIZE);
        return Hash.of(hash);
    }

    private void assertEvidenceFileHolds(String report) throws IOException {
        try (Stream<Path> files = Files.list(state.getParent())) {
            List<Path> evidence = files.filter(f -> f.getFileName().toString().startsWith("evidence-")).toList();
            assertThat(evidence).hasSize(1);
            assertThat(Files.readString(evidence.getFirst())).isEqualTo(report);
        }
    }
}

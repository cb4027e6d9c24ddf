package org.crossings.tlog.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossings.tlog.audit.KeptLog.entry;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.crossings.tlog.audit.Discrepancy.Kind;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TilePath;
import org.junit.jupiter.api.Test;

/**
 * An audit of kept entries and tiles against the signed checkpoint, one test per way a kept log can differ from what
 * it signed: a changed, lost or moved entry, a lost, short or changed tile, a tree recomputed to cover the tracks, a
 * foreign or smaller checkpoint.
 */
class LogAuditTest {

    private static final String ORIGIN = "crossings.test/audited-log";

    private final Ed25519NoteSigner logKey = Ed25519NoteSigner.fromSeed(ORIGIN, new byte[32]);
    private final KeptLog log = new KeptLog(logKey);
    private final LogAudit audit = new LogAudit(logKey.verifier());

    @Test
    void a_log_that_keeps_what_it_signed_is_verified_at_the_checkpoint() {
        log.growTo(70_000, "entry");
        String checkpoint = log.checkpoint();

        assertThat(audit.advance(checkpoint, log)).isEmpty();

        assertThat(audit.auditedSize()).isEqualTo(70_000);
        assertThat(audit.verified().map(SignedCheckpoint::encode)).contains(checkpoint);
    }

    @Test
    void an_empty_log_is_verified_at_size_0() {
        assertThat(audit.advance(log.checkpoint(), log)).isEmpty();
        assertThat(audit.verified()).isPresent();
    }

    @Test
    void a_changed_entry_is_named_with_its_leaf_hash_and_the_hash_its_tile_holds() {
        log.growTo(3000, "entry");
        String checkpoint = log.checkpoint();
        Hash inTile = log.tileHash(0, 5, 20);
        log.replaceEntry(1300, entry("entry 9999"));

        Discrepancy found = audit.advance(checkpoint, log).orElseThrow();

        assertThat(found.kind()).isEqualTo(Kind.ENTRY_DIFFERS_FROM_TILE);
        assertThat(found.entry()).hasValue(1300);
        assertThat(found.resource()).isEqualTo("tile/entries/005");
        assertThat(found.evidence()).contains("entry:          1300 (position 20 of tile/entries/005)",
                "tile:           tile/0/005", "leaf hash of the kept entry: " + TreeHash.leaf(entry("entry 9999")).hex(),
                "hash in the tile:            " + inTile.hex(), checkpoint, "checkpoint verified before: none");
        assertThat(audit.auditedSize()).isZero();
        assertThat(audit.verified()).isEmpty();
    }

    @Test
    void a_lost_entry_is_named_by_the_first_position_that_no_longer_matches() {
        log.growTo(3000, "entry");
        String checkpoint = log.checkpoint();
        log.loseEntry(300);

        Discrepancy found = audit.advance(checkpoint, log).orElseThrow();

        assertThat(found.kind()).isEqualTo(Kind.ENTRY_MISSING);
        assertThat(found.entry()).hasValue(300);
        assertThat(found.evidence()).contains("entries kept:   255 of 256", "tile/entries/001");
    }

    @Test
    void a_lost_last_entry_of_a_bundle_is_named() {
        log.growTo(3000, "entry");
        String checkpoint = log.checkpoint();
        log.loseEntry(2999);

        Discrepancy found = audit.advance(checkpoint, log).orElseThrow();

        assertThat(found.kind()).isEqualTo(Kind.ENTRY_MISSING);
        assertThat(found.entry()).hasValue(2999);
        assertThat(found.resource()).isEqualTo("tile/entries/011.p/184");
    }

    @Test
    void a_lost_tile_is_named_with_the_first_entry_below_it() {
        log.growTo(3000, "entry");
        String checkpoint = log.checkpoint();
        log.loseTile(0, 4);

        Discrepancy found = audit.advance(checkpoint, log).orElseThrow();

        assertThat(found.kind()).isEqualTo(Kind.TILE_MISSING);
        assertThat(found.resource()).isEqualTo("tile/0/004");
        assertThat(found.entry()).hasValue(1024);
        assertThat(found.evidence()).contains("hashes kept:    none (no tile kept)");
    }

    @Test
    void a_truncated_tile_is_named_with_how_many_hashes_are_kept() {
        log.growTo(70_000, "entry");
        String checkpoint = log.checkpoint();
        log.truncateTile(1, 0, 100);

        Discrepancy found = audit.advance(checkpoint, log).orElseThrow();

        assertThat(found.kind()).isEqualTo(Kind.TILE_MISSING);
        assertThat(found.resource()).isEqualTo("tile/1/000");
        assertThat(found.evidence()).contains("hashes kept:    100 of 256");
    }

    @Test
    void a_changed_hash_in_a_higher_tile_is_named_with_its_node() {
        log.growTo(3000, "entry");
        String checkpoint = log.checkpoint();
        Hash forged = TreeHash.leaf(entry("forged"));
        log.replaceTileHash(1, 0, 3, forged);

        Discrepancy found = audit.advance(checkpoint, log).orElseThrow();

        assertThat(found.kind()).isEqualTo(Kind.TILE_DIFFERS_FROM_ENTRIES);
        assertThat(found.resource()).isEqualTo("tile/1/000.p/11");
        assertThat(found.entry()).hasValue(768);
        assertThat(found.evidence()).contains("tree level 8, node 3", "hash in the tile:            " + forged.hex());
    }

    @Test
    void an_entry_changed_together_with_every_tile_above_it_still_fails_at_the_signed_root() {
        log.growTo(3000, "entry");
        String checkpoint = log.checkpoint();
        log.replaceEntry(1300, entry("entry 9999"));
        log.integrate();

        Discrepancy found = audit.advance(checkpoint, log).orElseThrow();

        assertThat(found.kind()).isEqualTo(Kind.ROOT_DIFFERS_FROM_CHECKPOINT);
        assertThat(found.evidence()).contains("recomputed root: " + log.root().base64(), checkpoint);
    }

    @Test
    void a_checkpoint_the_log_key_did_not_sign_is_refused_before_anything_is_read() {
        log.growTo(1000, "entry");
        KeptLog impostor = new KeptLog(Ed25519NoteSigner.generate(ORIGIN)).growTo(1000, "entry");

        Discrepancy found = audit.advance(impostor.checkpoint(), log).orElseThrow();

        assertThat(found.kind()).isEqualTo(Kind.CHECKPOINT_NOT_SIGNED);
        assertThat(found.resource()).isEqualTo("checkpoint");
        assertThat(log.entriesRead()).isZero();
    }

    @Test
    void an_audit_in_bounded_steps_verifies_the_checkpoint_only_when_it_reaches_it() {
        log.growTo(1000, "entry");
        String checkpoint = log.checkpoint();

        assertThat(audit.advance(checkpoint, log, 300)).isEmpty();
        assertThat(audit.auditedSize()).isEqualTo(300);
        assertThat(audit.verified()).isEmpty();
        assertThat(audit.advance(checkpoint, log, 300)).isEmpty();
        assertThat(audit.advance(checkpoint, log, 300)).isEmpty();
        assertThat(audit.advance(checkpoint, log, 300)).isEmpty();

        assertThat(audit.auditedSize()).isEqualTo(1000);
        assertThat(audit.verified().map(SignedCheckpoint::encode)).contains(checkpoint);
    }

    @Test
    void a_later_checkpoint_is_audited_by_reading_only_the_entries_added_since() {
        log.growTo(1000, "entry");
        assertThat(audit.advance(log.checkpoint(), log)).isEmpty();
        long readBefore = log.entriesRead();
        log.growTo(70_000, "entry");

        assertThat(audit.advance(log.checkpoint(), log)).isEmpty();

        // the partial bundle at 1000 (entries 768..999) is read again: 232 entries
        assertThat(log.entriesRead() - readBefore).isEqualTo(69_000 + 232);
        assertThat(audit.auditedSize()).isEqualTo(70_000);
    }

    @Test
    void an_entry_changed_after_it_was_audited_is_found_by_a_new_audit_and_not_by_the_old_one() {
        log.growTo(1000, "entry");
        String checkpoint = log.checkpoint();
        assertThat(audit.advance(checkpoint, log)).isEmpty();
        log.replaceEntry(10, entry("entry 9999"));

        assertThat(audit.advance(checkpoint, log)).isEmpty();
        assertThat(new LogAudit(logKey.verifier()).advance(checkpoint, log))
                .hasValueSatisfying(found -> assertThat(found.entry()).hasValue(10));
    }

    @Test
    void a_checkpoint_smaller_than_the_tree_audited_is_a_rollback() {
        log.growTo(1000, "entry");
        String older = log.checkpoint();
        log.growTo(2000, "entry");
        assertThat(audit.advance(log.checkpoint(), log)).isEmpty();

        Discrepancy found = audit.advance(older, log).orElseThrow();

        assertThat(found.kind()).isEqualTo(Kind.CHECKPOINT_ROLLED_BACK);
        assertThat(found.evidence()).contains("entries audited before: 2000", "checkpoint size:        1000", older,
                "checkpoint verified before:\n" + audit.verified().orElseThrow().encode());
    }

    @Test
    void another_root_at_the_size_audited_before_is_a_fork() {
        log.growTo(1000, "entry");
        assertThat(audit.advance(log.checkpoint(), log)).isEmpty();
        KeptLog fork = new KeptLog(logKey).growTo(1000, "forged");

        Discrepancy found = audit.advance(fork.checkpoint(), fork).orElseThrow();

        assertThat(found.kind()).isEqualTo(Kind.ROOT_DIFFERS_FROM_CHECKPOINT);
    }

    @Test
    void a_discrepancy_leaves_the_audit_where_it_was_so_the_next_step_finds_it_again() {
        log.growTo(1000, "entry");
        assertThat(audit.advance(log.checkpoint(), log)).isEmpty();
        String checkpoint = log.growTo(2000, "entry").checkpoint();
        log.replaceEntry(1500, entry("entry 9999"));

        assertThat(audit.advance(checkpoint, log)).isPresent();
        assertThat(audit.auditedSize()).isEqualTo(1000);
        assertThat(audit.advance(checkpoint, log))
                .hasValueSatisfying(found -> assertThat(found.entry()).hasValue(1500));
    }

    @Test
    void a_failure_to_read_is_not_a_discrepancy_and_leaves_the_audit_where_it_was() {
        log.growTo(1000, "entry");
        String checkpoint = log.checkpoint();
        LogResources down = new LogResources() {
            @Override
            public List<byte[]> entries(EntryBundlePath bundle) {
                if (bundle.index() == 2) {
                    throw new UncheckedIOException(new java.io.IOException("connection reset"));
                }
                return log.entries(bundle);
            }

            @Override
            public Optional<byte[]> tile(TilePath path) {
                return log.tile(path);
            }
        };

        assertThatThrownBy(() -> audit.advance(checkpoint, down)).isInstanceOf(UncheckedIOException.class);
        assertThat(audit.auditedSize()).isZero();
        assertThat(audit.advance(checkpoint, log)).isEmpty();
    }
}

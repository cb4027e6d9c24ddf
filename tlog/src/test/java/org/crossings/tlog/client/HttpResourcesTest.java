package org.crossings.tlog.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.crossings.tlog.audit.Discrepancy;
import org.crossings.tlog.audit.LogAudit;
import org.crossings.tlog.merkle.InclusionProof;
import org.crossings.tlog.merkle.MemoryNodeHashes;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TilePath;
import org.crossings.tlog.tiles.TiledNodeHashes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpResourcesTest {

    private static final FetchPolicy QUICK =
            new FetchPolicy(2, Duration.ofMillis(10), Duration.ofSeconds(2), Duration.ofSeconds(5));

    private final Ed25519NoteSigner logKey = Ed25519NoteSigner.fromSeed("example.org/log", new byte[32]);
    private final LoopbackLog host = new LoopbackLog(logKey);
    private final HttpResources resources = new HttpResources(new HttpLog(host.prefix(), QUICK));
    private final LogAudit audit = new LogAudit(logKey.verifier());

    @AfterEach
    void stop() {
        host.close();
    }

    @Test
    void a_log_of_66000_entries_served_over_http_passes_the_audit() {
        host.growTo(66_000);

        assertThat(audit.advance(host.checkpoint(), resources)).isEmpty();
        assertThat(audit.auditedSize()).isEqualTo(66_000);
    }

    @Test
    void a_log_that_grew_and_deleted_its_old_partial_tiles_passes_the_audit_of_the_old_checkpoint() {
        String old = host.growTo(300).checkpoint();
        host.growTo(600);
        host.serve("tile/0/001.p/44", null);
        host.serve("tile/entries/001.p/44", null);

        assertThat(audit.advance(old, resources)).isEmpty();
        assertThat(audit.advance(host.checkpoint(), resources)).isEmpty();
    }

    @Test
    void a_server_that_lies_about_an_entry_is_caught_naming_the_entry() {
        host.growTo(3000);
        List<byte[]> bundle = host.entries().subList(5 * 256, 6 * 256).stream().map(byte[]::clone).toList();
        bundle.get(7)[0] ^= 1;
        host.serve("tile/entries/005", EntryBundle.encode(bundle));

        Discrepancy found = audit.advance(host.checkpoint(), resources).orElseThrow();

        assertThat(found.kind()).isEqualTo(Discrepancy.Kind.ENTRY_DIFFERS_FROM_TILE);
        assertThat(found.entry()).hasValue(5 * 256 + 7);
    }

    @Test
    void a_server_that_lies_about_a_level_1_tile_is_caught_naming_the_tile() {
        host.growTo(70_000);
        byte[] tile = host.file("tile/1/000");
        tile[3 * 32] ^= 1;
        host.serve("tile/1/000", tile);

        Discrepancy found = audit.advance(host.checkpoint(), resources).orElseThrow();

        assertThat(found.kind()).isEqualTo(Discrepancy.Kind.TILE_DIFFERS_FROM_ENTRIES);
        assertThat(found.resource()).isEqualTo("tile/1/000");
    }

    @Test
    void a_truncated_bundle_reports_the_entry_cut_short_as_missing() {
        host.growTo(1000);
        byte[] bundle = host.file("tile/entries/001");
        host.serve("tile/entries/001", Arrays.copyOf(bundle, bundle.length - 3));

        Discrepancy found = audit.advance(host.checkpoint(), resources).orElseThrow();

        assertThat(found.kind()).isEqualTo(Discrepancy.Kind.ENTRY_MISSING);
        assertThat(found.entry()).hasValue(511);
    }

    @Test
    void a_truncated_tile_and_a_deleted_bundle_are_missing_not_fetch_failures() {
        host.growTo(1000);
        byte[] tile = host.file("tile/0/000");
        host.serve("tile/0/000", Arrays.copyOf(tile, tile.length - 32));

        assertThat(resources.tile(TilePath.full(0, 0))).hasValueSatisfying(t -> assertThat(t).hasSize(255 * 32));
        assertThat(audit.advance(host.checkpoint(), resources).orElseThrow().kind())
                .isEqualTo(Discrepancy.Kind.TILE_MISSING);
        host.serve("tile/entries/002", null);
        assertThat(resources.entries(EntryBundlePath.full(2))).isEmpty();
        assertThat(resources.tile(TilePath.full(0, 9))).isEqualTo(Optional.empty());
    }

    @Test
    void an_unreachable_log_is_no_discrepancy_and_leaves_the_audit_where_it_was() {
        host.growTo(1000);
        String checkpoint = host.checkpoint();
        host.failNext("tile/entries/000", 10, 503);

        assertThatThrownBy(() -> audit.advance(checkpoint, resources)).isInstanceOf(FetchException.class);
        assertThat(audit.auditedSize()).isZero();
    }

    @Test
    void tiles_read_over_http_give_the_root_and_proofs_of_the_whole_tree() {
        host.growTo(600).growTo(70_000);
        host.serve("tile/0/002.p/88", null);
        MemoryNodeHashes tree = MemoryNodeHashes.ofEntries(host.entries().subList(0, 600));
        TiledNodeHashes served = new TiledNodeHashes(600, resources);

        assertThat(TreeHash.root(600, served)).isEqualTo(TreeHash.root(600, tree));
        assertThat(InclusionProof.prove(517, 600, served)).isEqualTo(InclusionProof.prove(517, 600, tree));
    }

    @Test
    void a_full_bundle_served_for_a_partial_one_gives_only_the_entries_asked_for() {
        byte[] bundle = EntryBundle.encode(List.of(bytes("a"), bytes("b"), bytes("c")));

        assertThat(HttpResources.readableEntries(bundle, 2)).containsExactly(bytes("a"), bytes("b"));
        assertThat(HttpResources.readableEntries(Arrays.copyOf(bundle, bundle.length - 1), 3))
                .containsExactly(bytes("a"), bytes("b"));
        assertThat(HttpResources.readableEntries(new byte[] {0}, 3)).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

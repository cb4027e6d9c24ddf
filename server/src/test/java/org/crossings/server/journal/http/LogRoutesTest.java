package org.crossings.server.journal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.crossings.server.RunningServer;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.merkle.CompactRange;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.HashTile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LogRoutesTest {

    private static final RunningServer server = RunningServer.shared();

    @BeforeAll
    static void the_log_holds_some_entries() {
        LogWriter writer = server.bean(LogWriter.class);
        writer.appendAll(org.crossings.server.journal.SignedFillers.entries(server, "routes-test", 300)).join();
        writer.publish();
    }

    @Test
    void the_checkpoint_is_signed_by_the_published_key_and_cached_briefly() {
        HttpResponse<String> key = server.get("/log/key");
        HttpResponse<String> checkpoint = server.get("/log/checkpoint");

        assertThat(checkpoint.statusCode()).isEqualTo(200);
        assertThat(checkpoint.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=1"));
        SignedCheckpoint opened = SignedCheckpoint.open(checkpoint.body(), Ed25519NoteVerifier.parse(key.body().strip()));
        assertThat(opened.checkpoint().size()).isGreaterThanOrEqualTo(300);
    }

    @Test
    void a_full_level_0_tile_holds_the_leaf_hashes_of_the_first_256_entries_and_never_changes() {
        HttpResponse<byte[]> tile = server.getBytes("/log/tile/0/000");
        HttpResponse<byte[]> bundle = server.getBytes("/log/tile/entries/000");

        assertThat(tile.statusCode()).isEqualTo(200);
        assertThat(tile.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("immutable"));
        List<Hash> hashes = HashTile.decode(tile.body(), 256);
        List<byte[]> entries = EntryBundle.decode(bundle.body());
        assertThat(entries).hasSize(256);
        for (int i = 0; i < 256; i++) {
            assertThat(hashes.get(i)).isEqualTo(TreeHash.leaf(entries.get(i)));
        }
    }

    @Test
    void the_level_1_tile_starts_with_the_root_of_the_first_level_0_tile() {
        byte[] level0 = server.getBytes("/log/tile/0/000").body();
        CompactRange range = CompactRange.empty();
        HashTile.decode(level0, 256).forEach(range::append);

        HttpResponse<byte[]> level1 = server.getBytes("/log/tile/1/000.p/1");

        assertThat(level1.statusCode()).isEqualTo(200);
        assertThat(HashTile.decode(level1.body(), 1)).containsExactly(range.root());
    }

    @Test
    void a_tile_beyond_the_tree_is_not_found() {
        HttpResponse<String> response = server.get("/log/tile/0/x001/000");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("tile/0/x001/000");
    }

    @Test
    void a_malformed_tile_path_is_a_bad_request_that_names_the_segment() {
        HttpResponse<String> response = server.get("/log/tile/0/1234");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("1234");
    }
}

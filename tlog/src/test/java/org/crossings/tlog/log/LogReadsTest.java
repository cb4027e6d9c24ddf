package org.crossings.tlog.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.tlog.log.LogFixtures.SIGNER;
import static org.crossings.tlog.log.LogFixtures.config;
import static org.crossings.tlog.log.LogFixtures.entry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.MemoryNodeHashes;
import org.crossings.tlog.storage.InMemoryLogStorage;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.HashTile;
import org.crossings.tlog.tiles.TilePath;
import org.junit.jupiter.api.Test;

class LogReadsTest {

    private final InMemoryLogStorage storage = new InMemoryLogStorage();
    private final LogReads reads = new LogReads(storage);
    private final List<byte[]> entries = new ArrayList<>();

    private void append(LogWriter writer, int count) {
        List<byte[]> group = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            group.add(entry("entry " + (entries.size() + i)));
        }
        writer.appendAll(group).join();
        entries.addAll(group);
    }

    private List<Hash> nodes(int level, int from, int count) {
        MemoryNodeHashes nodes = MemoryNodeHashes.ofEntries(entries);
        List<Hash> hashes = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            hashes.add(nodes.node(level, i));
        }
        return hashes;
    }

    @Test
    void a_log_without_a_checkpoint_serves_nothing() {
        assertThat(reads.checkpoint()).isEmpty();
        assertThat(reads.tile(new TilePath(0, 0, 1))).isEmpty();
        assertThat(reads.entryBundle(new EntryBundlePath(0, 1))).isEmpty();
    }

    @Test
    void the_checkpoint_is_the_latest_signed_note_byte_for_byte() {
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            append(writer, 3);
            PublishedCheckpoint published = writer.publish().orElseThrow();

            assertThat(reads.checkpoint()).hasValueSatisfying(
                    body -> assertThat(body).isEqualTo(published.note().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void tiles_and_bundles_of_the_published_tree_hold_its_hashes_and_entries() {
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            append(writer, 300);
            writer.publish();
        }

        assertThat(HashTile.decode(reads.tile(TilePath.full(0, 0)).orElseThrow(), 256)).isEqualTo(nodes(0, 0, 256));
        assertThat(HashTile.decode(reads.tile(new TilePath(0, 1, 44)).orElseThrow(), 44))
                .isEqualTo(nodes(0, 256, 44));
        assertThat(HashTile.decode(reads.tile(new TilePath(1, 0, 1)).orElseThrow(), 1)).isEqualTo(nodes(8, 0, 1));
        assertThat(EntryBundle.decode(reads.entryBundle(EntryBundlePath.full(0)).orElseThrow()))
                .containsExactlyElementsOf(entries.subList(0, 256));
        assertThat(EntryBundle.decode(reads.entryBundle(new EntryBundlePath(1, 44)).orElseThrow()))
                .containsExactlyElementsOf(entries.subList(256, 300));
    }

    @Test
    void a_narrower_partial_tile_is_the_first_hashes_and_a_wider_one_is_not_found() {
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            append(writer, 300);
            writer.publish();
        }

        assertThat(HashTile.decode(reads.tile(new TilePath(0, 1, 10)).orElseThrow(), 10))
                .isEqualTo(nodes(0, 256, 10));
        assertThat(HashTile.decode(reads.tile(new TilePath(0, 0, 7)).orElseThrow(), 7)).isEqualTo(nodes(0, 0, 7));
        assertThat(reads.tile(new TilePath(0, 1, 45))).isEmpty();
        assertThat(reads.tile(TilePath.full(0, 1))).isEmpty();
        assertThat(reads.tile(new TilePath(0, 2, 1))).isEmpty();
        assertThat(reads.entryBundle(new EntryBundlePath(1, 45))).isEmpty();
        assertThat(reads.entryBundle(EntryBundlePath.full(1))).isEmpty();
    }

    @Test
    void entries_committed_after_the_latest_checkpoint_are_served_only_once_a_checkpoint_covers_them() {
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            append(writer, 300);
            writer.publish();
            append(writer, 20);

            assertThat(reads.tile(new TilePath(0, 1, 64))).isEmpty();
            assertThat(reads.entryBundle(new EntryBundlePath(1, 64))).isEmpty();

            writer.publish();

            assertThat(HashTile.decode(reads.tile(new TilePath(0, 1, 64)).orElseThrow(), 64))
                    .isEqualTo(nodes(0, 256, 64));
            assertThat(EntryBundle.decode(reads.entryBundle(new EntryBundlePath(1, 64)).orElseThrow()))
                    .containsExactlyElementsOf(entries.subList(256, 320));
        }
    }

    @Test
    void a_bundle_or_tile_the_checkpoint_covers_but_the_storage_lost_is_not_found_so_auditors_can_prove_it() {
        InterferingLogStorage losing = new InterferingLogStorage(storage);
        LogReads lossy = new LogReads(losing);
        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            append(writer, 600);
            writer.publish();
        }
        losing.loseEntry(300);
        losing.loseTile(0, 0);

        assertThat(lossy.entryBundle(EntryBundlePath.full(1))).isEmpty();
        assertThat(lossy.tile(TilePath.full(0, 0))).isEmpty();
        assertThat(lossy.entryBundle(EntryBundlePath.full(0))).isPresent();
        assertThat(lossy.tile(TilePath.full(0, 1))).isPresent();
    }
}

package org.crossings.tlog.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crossings.tlog.merkle.ConsistencyProof;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.InclusionProof;
import org.crossings.tlog.merkle.MemoryNodeHashes;
import org.crossings.tlog.merkle.TreeHash;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TiledNodeHashesTest {

    /** Checkpoint sizes: inside the first tile, at and around tile edges, and the level-1 tile boundary. */
    private static final long[] CHECKPOINTS = {3, 255, 256, 257, 300, 511, 512, 700, 1000, 1031};

    private final Random random = new Random(7_062);
    private final List<Hash> leaves = new ArrayList<>();
    private final PublishedTiles published = new PublishedTiles();

    @BeforeEach
    void publish_a_log_of_1031_random_leaves_at_each_checkpoint() {
        long previous = 0;
        for (long checkpoint : CHECKPOINTS) {
            while (leaves.size() < checkpoint) {
                byte[] entry = new byte[1 + random.nextInt(64)];
                random.nextBytes(entry);
                leaves.add(TreeHash.leaf(entry));
                published.append(leaves.getLast());
            }
            published.checkpoint(previous);
            previous = checkpoint;
        }
    }

    @Test
    void roots_from_tiles_equal_the_roots_of_the_whole_tree_at_every_checkpoint() {
        for (long size : CHECKPOINTS) {
            MemoryNodeHashes memory = MemoryNodeHashes.ofLeafHashes(leaves.subList(0, (int) size));

            assertThat(TreeHash.root(size, new TiledNodeHashes(size, published)))
                    .as("root of %d", size).isEqualTo(TreeHash.root(size, memory));
        }
        assertThat(TreeHash.root(1031, new TiledNodeHashes(1031, published))).isEqualTo(published.range().root());
    }

    @Test
    void inclusion_and_consistency_proofs_from_tiles_equal_those_from_memory() {
        for (long size : CHECKPOINTS) {
            MemoryNodeHashes memory = MemoryNodeHashes.ofLeafHashes(leaves.subList(0, (int) size));
            TiledNodeHashes tiled = new TiledNodeHashes(size, published);
            for (long index : List.of(0L, size / 3, size / 2, size - 1, (long) random.nextInt((int) size))) {
                assertThat(InclusionProof.prove(index, size, tiled)).as("leaf %d of %d", index, size)
                        .isEqualTo(InclusionProof.prove(index, size, memory));
            }
            for (long oldSize : CHECKPOINTS) {
                if (oldSize <= size) {
                    assertThat(ConsistencyProof.prove(oldSize, size, tiled)).as("%d to %d", oldSize, size)
                            .isEqualTo(ConsistencyProof.prove(oldSize, size, memory));
                }
            }
        }
    }

    @Test
    void proofs_from_tiles_verify_against_the_roots_a_compact_range_computes() {
        TiledNodeHashes tiled = new TiledNodeHashes(1031, published);
        Hash root = published.range().root();
        Hash oldRoot = TreeHash.root(700, new TiledNodeHashes(700, published));

        InclusionProof.verify(777, 1031, leaves.get(777), InclusionProof.prove(777, 1031, tiled), root);
        ConsistencyProof.verify(700, 1031, oldRoot, root, ConsistencyProof.prove(700, 1031, tiled));
    }

    @Test
    void when_a_partial_tile_is_gone_the_full_tile_that_replaced_it_is_used() {
        published.deleteSupersededPartialTiles();
        MemoryNodeHashes memory = MemoryNodeHashes.ofLeafHashes(leaves.subList(0, 300));

        assertThat(TreeHash.root(300, new TiledNodeHashes(300, published))).isEqualTo(TreeHash.root(300, memory));
        assertThat(published.reads()).contains(new TilePath(0, 1, 44), TilePath.full(0, 1));
    }

    @Test
    void a_tile_is_read_once_while_it_stays_in_the_cache() {
        TiledNodeHashes tiled = new TiledNodeHashes(1031, published);

        InclusionProof.prove(5, 1031, tiled);
        int reads = published.reads().size();
        InclusionProof.prove(5, 1031, tiled);

        assertThat(published.reads()).hasSize(reads).doesNotHaveDuplicates();
    }

    @Test
    void a_missing_tile_is_reported_with_its_path() {
        TiledNodeHashes tiled = new TiledNodeHashes(1031, path -> {
            throw new java.nio.file.NoSuchFileException(path.path());
        });

        assertThatThrownBy(() -> tiled.node(0, 1030))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("tile/0/004.p/7").hasMessageContaining("tile/0/004");
    }

    @Test
    void a_tile_of_the_wrong_length_is_refused() {
        TiledNodeHashes tiled = new TiledNodeHashes(1031, path -> new byte[64]);

        assertThatThrownBy(() -> tiled.node(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tile/0/000: hash tile: length 64 bytes, must be 8192");
    }

    @Test
    void a_node_outside_the_tree_is_refused_without_reading() {
        TiledNodeHashes tiled = new TiledNodeHashes(300, published);

        assertThatThrownBy(() -> tiled.node(2, 75)).hasMessageContaining("level 2, index 75");
        assertThat(published.reads()).isEmpty();
    }
}

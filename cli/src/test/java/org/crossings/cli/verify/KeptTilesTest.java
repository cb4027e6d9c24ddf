package org.crossings.cli.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crossings.tlog.client.TileResource;
import org.crossings.tlog.merkle.ConsistencyProof;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.MemoryNodeHashes;
import org.junit.jupiter.api.Test;

class KeptTilesTest {

    private static final int LARGEST = 70_000;
    private static final MemoryNodeHashes TREE = tree();

    private static MemoryNodeHashes tree() {
        List<byte[]> entries = new ArrayList<>();
        for (int i = 0; i < LARGEST; i++) {
            entries.add(("leaf " + i).getBytes(StandardCharsets.UTF_8));
        }
        return MemoryNodeHashes.ofEntries(entries);
    }

    /** Offers every tile of the tree of {@code size}, as an audit does, and returns what was kept. */
    private static KeptTiles keptWhileAuditing(long previousSize, long size) {
        KeptTiles kept = new KeptTiles(previousSize, size);
        for (int level = 0; (size >>> (8 * level)) > 0; level++) {
            long nodes = size >>> (8 * level);
            for (long tile = 0; tile * 256 < nodes; tile++) {
                int width = (int) Math.min(256, nodes - tile * 256);
                List<Hash> hashes = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    hashes.add(TREE.node(8 * level, tile * 256 + i));
                }
                kept.offer(TileResource.tile(level, tile, width), hashes);
            }
        }
        return kept;
    }

    @Test
    void the_kept_tiles_give_the_same_consistency_proofs_as_the_whole_tree() {
        long[] sizes = {1, 2, 3, 255, 256, 257, 300, 511, 512, 1000, 3000, 65_535, 65_536, 65_537, 69_999, LARGEST};
        for (long newSize : sizes) {
            for (long oldSize : sizes) {
                if (oldSize <= newSize) {
                    assertThat(ConsistencyProof.prove(oldSize, newSize, keptWhileAuditing(oldSize, newSize)))
                            .as("proof from %d to %d", oldSize, newSize)
                            .isEqualTo(ConsistencyProof.prove(oldSize, newSize, TREE));
                }
            }
        }
    }

    @Test
    void only_the_tiles_on_the_two_right_edges_are_kept() {
        KeptTiles kept = keptWhileAuditing(3000, LARGEST);

        assertThat(kept.size()).isEqualTo(5); // tile 0/011, tile 0/273.p/112, tile 1/000 (size 3000 and 70000), 2/000.p/1
    }
}

package org.crossings.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Proofs over random trees of many shapes: every proof that {@code prove} makes verifies, and every corruption of
 * it is refused. Sizes cover powers of two and their neighbours, where the tree shape changes.
 */
class ProofPropertyTest {

    private static final Random RANDOM = new Random(20_250_301);
    private static final List<Hash> LEAVES = CompactRangeTest.randomLeaves(RANDOM, 2_100);
    private static final MemoryNodeHashes NODES = MemoryNodeHashes.ofLeafHashes(LEAVES);

    @Test
    void every_inclusion_proof_verifies_and_every_corruption_of_it_fails() {
        for (long size : sizes()) {
            Hash root = TreeHash.root(size, NODES);
            for (long index : indices(size)) {
                List<Hash> proof = InclusionProof.prove(index, size, NODES);
                Hash leaf = LEAVES.get((int) index);

                InclusionProof.verify(index, size, leaf, proof, root);
                ProofMutations.assertEveryInclusionCorruptionFails(index, size, leaf, proof, root);
            }
        }
    }

    @Test
    void every_consistency_proof_verifies_and_every_corruption_of_it_fails() {
        for (long newSize : sizes()) {
            Hash newRoot = TreeHash.root(newSize, NODES);
            for (long oldSize : indices(newSize)) {
                if (oldSize == 0) {
                    continue;
                }
                List<Hash> proof = ConsistencyProof.prove(oldSize, newSize, NODES);
                Hash oldRoot = TreeHash.root(oldSize, NODES);

                ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot, proof);
                ProofMutations.assertEveryConsistencyCorruptionFails(oldSize, newSize, oldRoot, newRoot, proof);
            }
        }
    }

    @Test
    void roots_from_node_hashes_equal_roots_from_a_compact_range_at_every_size() {
        CompactRange range = CompactRange.empty();
        for (int size = 1; size <= LEAVES.size(); size++) {
            range.append(LEAVES.get(size - 1));
            assertThat(TreeHash.root(size, NODES)).as("root of size %d", size).isEqualTo(range.root());
        }
    }

    /** Every size up to 70, powers of two up to 2048 and their neighbours, and a few random sizes. */
    private static TreeSet<Long> sizes() {
        TreeSet<Long> sizes = new TreeSet<>();
        for (long size = 1; size <= 70; size++) {
            sizes.add(size);
        }
        for (long power = 64; power <= 2048; power <<= 1) {
            sizes.addAll(List.of(power - 1, power, power + 1));
        }
        for (int i = 0; i < 10; i++) {
            sizes.add(1 + (long) RANDOM.nextInt(LEAVES.size()));
        }
        return sizes;
    }

    /** The edges of {@code [0, size)} and its middle, plus a few random positions. */
    private static TreeSet<Long> indices(long size) {
        TreeSet<Long> indices = new TreeSet<>(List.of(0L, size / 2, size - 1));
        if (size <= 20) {
            for (long i = 0; i < size; i++) {
                indices.add(i);
            }
        }
        for (int i = 0; i < 4; i++) {
            indices.add((long) RANDOM.nextInt((int) size));
        }
        return indices;
    }
}

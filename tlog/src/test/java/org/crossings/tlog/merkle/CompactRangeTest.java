package org.crossings.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.tlog.merkle.Rfc6962Vectors.NODES;
import static org.crossings.tlog.merkle.Rfc6962Vectors.ROOTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactRangeTest {

    @Test
    void appending_the_rfc6962_leaves_gives_the_root_of_every_size() {
        CompactRange range = CompactRange.empty();
        assertThat(range.root()).isEqualTo(ROOTS.get(0));
        for (int size = 1; size <= 8; size++) {
            range.append(NODES.get(0).get(size - 1));
            assertThat(range.size()).isEqualTo(size);
            assertThat(range.root()).as("root of size %d", size).isEqualTo(ROOTS.get(size));
        }
    }

    @Test
    void the_frontier_of_size_7_is_the_subtrees_of_4_2_and_1_leaves() {
        // Expected frontier from transparency-dev/merkle testonly/constants.go CompactTrees().
        CompactRange range = CompactRange.restore(7, Rfc6962Vectors.tree(7));

        assertThat(range.hashes()).containsExactly(NODES.get(2).get(0), NODES.get(1).get(2), NODES.get(0).get(6));
    }

    @Test
    void appending_leaf_8_reports_the_leaf_then_each_node_it_completes_up_to_the_root() {
        CompactRange range = CompactRange.restore(7, Rfc6962Vectors.tree(7));
        List<String> completed = new ArrayList<>();

        range.append(NODES.get(0).get(7), (level, index, hash) -> {
            assertThat(hash).isEqualTo(NODES.get(level).get((int) index));
            completed.add(level + "/" + index);
        });

        assertThat(completed).containsExactly("0/7", "1/3", "2/1", "3/0");
    }

    @Test
    void a_restored_range_continues_exactly_like_the_range_it_was_restored_from() {
        Random random = new Random(6962);
        List<Hash> leaves = randomLeaves(random, 300);
        for (int cut : new int[] {0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 257}) {
            CompactRange whole = CompactRange.empty();
            leaves.forEach(whole::append);
            CompactRange restored = CompactRange.restore(cut, MemoryNodeHashes.ofLeafHashes(leaves.subList(0, cut)));
            leaves.subList(cut, leaves.size()).forEach(restored::append);

            assertThat(restored.root()).as("restored at %d", cut).isEqualTo(whole.root());
            assertThat(restored.hashes()).isEqualTo(whole.hashes());
        }
    }

    @Test
    void a_copy_grows_on_its_own_and_leaves_the_original_as_it_was() {
        CompactRange original = CompactRange.restore(7, Rfc6962Vectors.tree(7));

        CompactRange copy = original.copy();
        copy.append(NODES.get(0).get(7));

        assertThat(copy.root()).isEqualTo(ROOTS.get(8));
        assertThat(original.size()).isEqualTo(7);
        assertThat(original.root()).isEqualTo(ROOTS.get(7));
    }

    @Test
    void every_node_reported_by_appends_is_a_complete_subtree_of_the_final_tree() {
        List<Hash> leaves = randomLeaves(new Random(9162), 200);
        MemoryNodeHashes reference = MemoryNodeHashes.ofLeafHashes(leaves);
        CompactRange range = CompactRange.empty();
        int[] reported = {0};

        leaves.forEach(leaf -> range.append(leaf, (level, index, hash) -> {
            assertThat(hash).isEqualTo(reference.node(level, index));
            reported[0]++;
        }));

        // A tree of n leaves has 2n - popcount(n) complete nodes: 400 - 3.
        assertThat(reported[0]).isEqualTo(397);
    }

    static List<Hash> randomLeaves(Random random, int count) {
        List<Hash> leaves = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] entry = new byte[random.nextInt(40)];
            random.nextBytes(entry);
            leaves.add(TreeHash.leaf(entry));
        }
        return leaves;
    }
}

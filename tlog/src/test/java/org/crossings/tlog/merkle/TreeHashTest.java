package org.crossings.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossings.tlog.merkle.Rfc6962Vectors.LEAF_INPUTS;
import static org.crossings.tlog.merkle.Rfc6962Vectors.NODES;
import static org.crossings.tlog.merkle.Rfc6962Vectors.ROOTS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TreeHashTest {

    @Test
    void the_empty_tree_hashes_to_sha256_of_nothing() {
        assertThat(TreeHash.empty()).isEqualTo(ROOTS.get(0));
        assertThat(TreeHash.root(0, (level, index) -> {
            throw new AssertionError("the empty tree has no nodes");
        })).isEqualTo(ROOTS.get(0));
    }

    @Test
    void leaf_hashes_match_the_rfc6962_test_leaves() {
        for (int i = 0; i < LEAF_INPUTS.size(); i++) {
            assertThat(TreeHash.leaf(LEAF_INPUTS.get(i))).as("leaf %d", i).isEqualTo(NODES.get(0).get(i));
        }
    }

    @Test
    void node_hashes_match_the_rfc6962_test_tree() {
        for (int level = 1; level < NODES.size(); level++) {
            for (int i = 0; i < NODES.get(level).size(); i++) {
                Hash left = NODES.get(level - 1).get(2 * i);
                Hash right = NODES.get(level - 1).get(2 * i + 1);
                assertThat(TreeHash.node(left, right)).as("node %d/%d", level, i).isEqualTo(NODES.get(level).get(i));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void the_root_of_each_rfc6962_test_tree_matches_its_vector(int size) {
        assertThat(TreeHash.root(size, Rfc6962Vectors.tree(size))).isEqualTo(ROOTS.get(size));
    }

    @Test
    void the_root_reads_only_the_largest_complete_subtrees() {
        // Size 7 = 4 + 2 + 1: nodes (2,0), (1,2), (0,6).
        java.util.List<String> read = new java.util.ArrayList<>();
        MemoryNodeHashes nodes = Rfc6962Vectors.tree(7);
        TreeHash.root(7, (level, index) -> {
            read.add(level + "/" + index);
            return nodes.node(level, index);
        });
        assertThat(read).containsExactlyInAnyOrder("2/0", "1/2", "0/6");
    }

    @Test
    void a_negative_size_is_refused() {
        assertThatThrownBy(() -> TreeHash.root(-1, Rfc6962Vectors.tree(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void the_right_half_of_a_tree_of_6_is_hashed_from_its_incomplete_subtree() {
        // MTH(D[4:6]) = node (1, 2); MTH(D[4:7]) = HASH(node (1, 2), leaf 6).
        MemoryNodeHashes nodes = Rfc6962Vectors.tree(7);

        assertThat(TreeHash.subtree(4, 6, nodes)).isEqualTo(NODES.get(1).get(2));
        assertThat(TreeHash.subtree(4, 7, nodes)).isEqualTo(TreeHash.node(NODES.get(1).get(2), NODES.get(0).get(6)));
    }

    @Test
    void a_range_that_is_not_a_subtree_is_refused() {
        assertThatThrownBy(() -> TreeHash.subtree(2, 6, Rfc6962Vectors.tree(8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 6)");
    }

    @Test
    void memory_node_hashes_refuse_a_node_that_is_not_complete() {
        assertThatThrownBy(() -> Rfc6962Vectors.tree(7).node(1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level 1, index 3");
    }
}

package org.crossings.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossings.tlog.merkle.Rfc6962Vectors.ROOTS;
import static org.crossings.tlog.merkle.Rfc6962Vectors.hashes;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConsistencyProofTest {

    /** Vectors from transparency-dev/merkle proof/verify_test.go {@code consistencyProofs}. */
    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of(1, 1, List.of()),
                Arguments.of(1, 8, hashes(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(6, 8, hashes(
                        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                Arguments.of(2, 5, hashes(
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
                Arguments.of(6, 7, hashes(
                        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("vectors")
    void proofs_over_the_rfc6962_test_tree_match_the_reference_vectors(long oldSize, long newSize, List<Hash> expected) {
        assertThat(ConsistencyProof.prove(oldSize, newSize, Rfc6962Vectors.tree((int) newSize))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}")
    @MethodSource("vectors")
    void the_reference_vectors_verify_and_every_corruption_of_them_fails(long oldSize, long newSize, List<Hash> proof) {
        Hash oldRoot = ROOTS.get((int) oldSize);
        Hash newRoot = ROOTS.get((int) newSize);
        ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot, proof);

        ProofMutations.assertEveryConsistencyCorruptionFails(oldSize, newSize, oldRoot, newRoot, proof);
    }

    @Test
    void the_empty_tree_is_consistent_with_every_tree_by_an_empty_proof() {
        assertThat(ConsistencyProof.prove(0, 8, Rfc6962Vectors.tree(8))).isEmpty();
        ConsistencyProof.verify(0, 8, TreeHash.empty(), ROOTS.get(8), List.of());
        ConsistencyProof.verify(0, 0, TreeHash.empty(), TreeHash.empty(), List.of());
    }

    @Test
    void an_old_size_of_0_needs_the_empty_root_and_an_empty_proof() {
        assertThatThrownBy(() -> ConsistencyProof.verify(0, 8, ROOTS.get(1), ROOTS.get(8), List.of()))
                .isInstanceOf(ProofException.class).hasMessageContaining("empty tree");
        assertThatThrownBy(() -> ConsistencyProof.verify(0, 8, TreeHash.empty(), ROOTS.get(8), List.of(ROOTS.get(8))))
                .isInstanceOf(ProofException.class).hasMessageContaining("must be empty");
    }

    @Test
    void equal_sizes_need_equal_roots_and_an_empty_proof() {
        assertThat(ConsistencyProof.prove(5, 5, Rfc6962Vectors.tree(5))).isEmpty();
        ConsistencyProof.verify(5, 5, ROOTS.get(5), ROOTS.get(5), List.of());
        assertThatThrownBy(() -> ConsistencyProof.verify(5, 5, ROOTS.get(5), ROOTS.get(4), List.of()))
                .isInstanceOf(ProofException.class).hasMessageContaining("different roots");
        assertThatThrownBy(() -> ConsistencyProof.verify(5, 5, ROOTS.get(5), ROOTS.get(5), List.of(ROOTS.get(5))))
                .isInstanceOf(ProofException.class).hasMessageContaining("must be empty");
    }

    @Test
    void a_log_cannot_shrink() {
        assertThatThrownBy(() -> ConsistencyProof.verify(8, 7, ROOTS.get(8), ROOTS.get(7), List.of()))
                .isInstanceOf(ProofException.class).hasMessageContaining("old size 8", "new size 7");
        assertThatThrownBy(() -> ConsistencyProof.prove(8, 7, Rfc6962Vectors.tree(8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("old size 8");
    }

    @Test
    void a_failed_proof_states_sizes_all_four_roots_and_the_proof() {
        List<Hash> proof = ConsistencyProof.prove(6, 8, Rfc6962Vectors.tree(8));

        assertThatThrownBy(() -> ConsistencyProof.verify(6, 8, ROOTS.get(5), ROOTS.get(8), proof))
                .isInstanceOfSatisfying(ProofException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProofException.Kind.CONSISTENCY);
                    assertThat(e.oldSize()).isEqualTo(6);
                    assertThat(e.newSize()).isEqualTo(8);
                    assertThat(e.oldRoot()).contains(ROOTS.get(5));
                    assertThat(e.computedOldRoot()).contains(ROOTS.get(6));
                    assertThat(e.newRoot()).isEqualTo(ROOTS.get(8));
                    assertThat(e.computedNewRoot()).contains(ROOTS.get(8));
                    assertThat(e.proof()).isEqualTo(proof);
                    assertThat(e.getMessage()).contains("old size 6", "new size 8", ROOTS.get(5).hex(),
                            ROOTS.get(6).hex(), ROOTS.get(8).hex(), proof.get(0).hex());
                });
    }
}

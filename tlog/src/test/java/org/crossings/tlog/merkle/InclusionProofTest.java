package org.crossings.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossings.tlog.merkle.Rfc6962Vectors.NODES;
import static org.crossings.tlog.merkle.Rfc6962Vectors.ROOTS;
import static org.crossings.tlog.merkle.Rfc6962Vectors.hashes;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InclusionProofTest {

    /**
     * Vectors from transparency-dev/merkle proof/verify_test.go {@code inclusionProofs}; that file numbers leaves from
     * 1, these indices are 0-based.
     */
    static Stream<Arguments> vectors() {
        return Stream.of(
                Arguments.of(0, 1, List.of()),
                Arguments.of(0, 8, hashes(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(5, 8, hashes(
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                Arguments.of(2, 3, hashes(
                        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
                Arguments.of(1, 5, hashes(
                        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));
    }

    @ParameterizedTest(name = "leaf {0} of {1}")
    @MethodSource("vectors")
    void proofs_over_the_rfc6962_test_tree_match_the_reference_vectors(long index, long size, List<Hash> expected) {
        assertThat(InclusionProof.prove(index, size, Rfc6962Vectors.tree((int) size))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "leaf {0} of {1}")
    @MethodSource("vectors")
    void the_reference_vectors_verify_and_every_corruption_of_them_fails(long index, long size, List<Hash> proof) {
        Hash leaf = NODES.get(0).get((int) index);
        InclusionProof.verify(index, size, leaf, proof, ROOTS.get((int) size));

        ProofMutations.assertEveryInclusionCorruptionFails(index, size, leaf, proof, ROOTS.get((int) size));
    }

    @Test
    void inclusion_proof_for_leaf_5_of_8_matches_the_rfc6962_vector() {
        List<Hash> proof = InclusionProof.prove(5, 8, Rfc6962Vectors.tree(8));

        assertThat(proof).containsExactly(NODES.get(0).get(4), NODES.get(1).get(3), NODES.get(2).get(0));
    }

    @Test
    void a_failed_proof_states_index_size_leaf_roots_and_proof() {
        List<Hash> proof = InclusionProof.prove(5, 8, Rfc6962Vectors.tree(8));
        Hash leaf = NODES.get(0).get(5);

        assertThatThrownBy(() -> InclusionProof.verify(5, 8, leaf, proof, ROOTS.get(7)))
                .isInstanceOfSatisfying(ProofException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProofException.Kind.INCLUSION);
                    assertThat(e.leafIndex()).isEqualTo(5);
                    assertThat(e.newSize()).isEqualTo(8);
                    assertThat(e.leafHash()).contains(leaf);
                    assertThat(e.newRoot()).isEqualTo(ROOTS.get(7));
                    assertThat(e.computedNewRoot()).contains(ROOTS.get(8));
                    assertThat(e.proof()).isEqualTo(proof);
                    assertThat(e.getMessage()).contains("leaf index 5", "tree size 8", leaf.hex(),
                            ROOTS.get(7).hex(), ROOTS.get(8).hex(), proof.get(2).hex());
                });
    }

    @Test
    void nothing_is_included_in_the_empty_tree() {
        assertThatThrownBy(() -> InclusionProof.verify(0, 0, NODES.get(0).get(0), List.of(), ROOTS.get(0)))
                .isInstanceOf(ProofException.class).hasMessageContaining("not below the tree size");
        assertThatThrownBy(() -> InclusionProof.prove(0, 0, Rfc6962Vectors.tree(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaf index 0");
    }

    @Test
    void an_index_at_or_beyond_the_size_is_refused() {
        Hash leaf = NODES.get(0).get(0);
        assertThatThrownBy(() -> InclusionProof.verify(1, 1, leaf, List.of(), leaf))
                .isInstanceOf(ProofException.class).hasMessageContaining("leaf index 1");
        assertThatThrownBy(() -> InclusionProof.verify(-1, 1, leaf, List.of(), leaf))
                .isInstanceOf(ProofException.class);
        assertThatThrownBy(() -> InclusionProof.prove(8, 8, Rfc6962Vectors.tree(8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaf index 8");
    }

    @Test
    void the_only_leaf_of_a_tree_of_one_is_its_root_with_an_empty_proof() {
        Hash leaf = TreeHash.leaf("data".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        InclusionProof.verify(0, 1, leaf, List.of(), leaf);
        assertThatThrownBy(() -> InclusionProof.verify(0, 1, leaf, List.of(), TreeHash.empty()))
                .isInstanceOf(ProofException.class);
    }
}

package org.crossings.tlog.merkle;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

/**
 * Corruptions of valid proofs that must all be refused, after transparency-dev/merkle proof/verify_test.go
 * ({@code corruptInclusionProof}, {@code corruptConsistencyProof}).
 */
final class ProofMutations {

    /** A hash that belongs to no test tree (transparency-dev's {@code sha256SomeHash}). */
    static final Hash SOME_HASH = Hash.fromHex("abacaba000000000000000000000000000000000000000000060061e00123456");

    private ProofMutations() {
    }

    static void assertEveryInclusionCorruptionFails(long index, long size, Hash leaf, List<Hash> proof, Hash root) {
        List<Runnable> probes = new ArrayList<>(List.of(
                () -> InclusionProof.verify(index - 1, size, leaf, proof, root),
                () -> InclusionProof.verify(index + 1, size, leaf, proof, root),
                () -> InclusionProof.verify(index ^ 2, size, leaf, proof, root),
                () -> InclusionProof.verify(index, size * 2, leaf, proof, root),
                () -> InclusionProof.verify(index, size / 2, leaf, proof, root),
                () -> InclusionProof.verify(index, size, SOME_HASH, proof, root),
                () -> InclusionProof.verify(index, size, leaf, proof, TreeHash.empty()),
                () -> InclusionProof.verify(index, size, leaf, proof, SOME_HASH),
                () -> InclusionProof.verify(index, size, leaf, appended(proof, root), root),
                () -> InclusionProof.verify(index, size, leaf, appended(proof, SOME_HASH), root),
                () -> InclusionProof.verify(index, size, leaf, prepended(proof, root), root),
                () -> InclusionProof.verify(index, size, leaf, prepended(proof, SOME_HASH), root)));
        for (int i = 0; i < proof.size(); i++) {
            List<Hash> flipped = flipped(proof, i);
            probes.add(() -> InclusionProof.verify(index, size, leaf, flipped, root));
        }
        if (!proof.isEmpty()) {
            probes.add(() -> InclusionProof.verify(index, size, leaf, proof.subList(0, proof.size() - 1), root));
            probes.add(() -> InclusionProof.verify(index, size, leaf, proof.subList(1, proof.size()), root));
        }
        if (proof.size() > 1) {
            List<Hash> inserted = new ArrayList<>(proof);
            inserted.add(1, SOME_HASH);
            probes.add(() -> InclusionProof.verify(index, size, leaf, inserted, root));
        }
        assertAllFail(probes);
    }

    static void assertEveryConsistencyCorruptionFails(long oldSize, long newSize, Hash oldRoot, Hash newRoot,
            List<Hash> proof) {
        List<Runnable> probes = new ArrayList<>(List.of(
                () -> ConsistencyProof.verify(oldSize - 1, newSize, oldRoot, newRoot, proof),
                () -> ConsistencyProof.verify(oldSize + 1, newSize, oldRoot, newRoot, proof),
                () -> ConsistencyProof.verify(oldSize ^ 2, newSize, oldRoot, newRoot, proof),
                () -> ConsistencyProof.verify(oldSize, newSize * 2, oldRoot, newRoot, proof),
                () -> ConsistencyProof.verify(oldSize, newSize / 2, oldRoot, newRoot, proof),
                () -> ConsistencyProof.verify(oldSize, newSize, SOME_HASH, newRoot, proof),
                () -> ConsistencyProof.verify(oldSize, newSize, oldRoot, SOME_HASH, proof),
                () -> ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot, appended(proof, oldRoot)),
                () -> ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot, appended(proof, newRoot)),
                () -> ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot, prepended(proof, oldRoot)),
                () -> ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot, prepended(proof, newRoot))));
        if (!oldRoot.equals(newRoot)) {
            probes.add(() -> ConsistencyProof.verify(oldSize, newSize, newRoot, oldRoot, proof));
        }
        if (proof.isEmpty()) {
            assertAllFail(probes);
            return;
        }
        probes.add(() -> ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot, List.of()));
        probes.add(() -> ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot, prepended(proof, proof.get(0))));
        probes.add(() -> ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot,
                proof.subList(0, proof.size() - 1)));
        for (int i = 0; i < proof.size(); i++) {
            List<Hash> flipped = flipped(proof, i);
            probes.add(() -> ConsistencyProof.verify(oldSize, newSize, oldRoot, newRoot, flipped));
        }
        assertAllFail(probes);
    }

    private static void assertAllFail(List<Runnable> probes) {
        for (int i = 0; i < probes.size(); i++) {
            Runnable probe = probes.get(i);
            assertThatThrownBy(probe::run).as("probe %d", i).isInstanceOf(ProofException.class);
        }
    }

    static List<Hash> flipped(List<Hash> proof, int i) {
        List<Hash> copy = new ArrayList<>(proof);
        byte[] bytes = copy.get(i).bytes();
        bytes[0] ^= 8;
        copy.set(i, Hash.of(bytes));
        return copy;
    }

    private static List<Hash> appended(List<Hash> proof, Hash hash) {
        List<Hash> copy = new ArrayList<>(proof);
        copy.add(hash);
        return copy;
    }

    private static List<Hash> prepended(List<Hash> proof, Hash hash) {
        List<Hash> copy = new ArrayList<>(proof);
        copy.addFirst(hash);
        return copy;
    }
}

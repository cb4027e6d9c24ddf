package org.crossings.tlog.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Consistency proofs of RFC 9162 §2.1.4: the hashes showing that a tree of {@code oldSize} leaves is a prefix of the
 * tree of {@code newSize} leaves, i.e. that the log only appended.
 *
 * <p>{@link #verify} follows the numbered steps of §2.1.4.2 literally for {@code 0 < oldSize < newSize}. The RFC
 * leaves the trivial cases to the caller; here, as in Sigsum and transparency-dev/merkle, they need an empty proof:
 * equal sizes need equal roots, and an old size of 0 needs the old root to be the empty tree's hash.
 */
public final class ConsistencyProof {

    private ConsistencyProof() {
    }

    /** PROOF(oldSize, D[0:newSize]) of RFC 9162 §2.1.4.1; empty when {@code oldSize} is 0 or equals {@code newSize}. */
    public static List<Hash> prove(long oldSize, long newSize, NodeHashes nodes) {
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException(
                    "old size " + oldSize + " must be in [0, new size " + newSize + "]");
        }
        Objects.requireNonNull(nodes, "nodes");
        if (oldSize == 0 || oldSize == newSize) {
            return List.of();
        }
        List<Hash> path = new ArrayList<>();
        long start = 0;
        long count = newSize;
        long m = oldSize;
        boolean wholeOldTree = true;
        while (m != count) {
            long k = Long.highestOneBit(count - 1);
            if (m <= k) {
                path.add(TreeHash.subtree(start + k, start + count, nodes));
                count = k;
            } else {
                path.add(TreeHash.subtree(start, start + k, nodes));
                start += k;
                m -= k;
                count -= k;
                wholeOldTree = false;
            }
        }
        if (!wholeOldTree) {
            path.add(TreeHash.subtree(start, start + count, nodes));
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /**
     * Checks that the tree of {@code oldSize} with root {@code oldRoot} is a prefix of the tree of {@code newSize}
     * with root {@code newRoot}.
     *
     * @throws ProofException with the evidence if it is not
     */
    public static void verify(long oldSize, long newSize, Hash oldRoot, Hash newRoot, List<Hash> proof) {
        Objects.requireNonNull(oldRoot, "old root");
        Objects.requireNonNull(newRoot, "new root");
        Objects.requireNonNull(proof, "proof");
        Check check = new Check(oldSize, newSize, oldRoot, newRoot, proof);
        if (oldSize < 0 || oldSize > newSize) {
            throw check.failed("the old size is not in [0, new size]", null, null);
        }
        if (oldSize == newSize || oldSize == 0) {
            check.trivial();
        } else {
            check.rfc9162();
        }
    }

    /** One verification: the inputs, kept together so every failure reports all of them. */
    private record Check(long first, long second, Hash firstHash, Hash secondHash, List<Hash> proof) {

        void trivial() {
            if (!proof.isEmpty()) {
                throw failed("the proof must be empty when the old size is 0 or equals the new size", null, null);
            }
            if (first == second && !firstHash.equals(secondHash)) {
                throw failed("trees of equal size have different roots", null, null);
            }
            if (first == 0 && !firstHash.equals(TreeHash.empty())) {
                throw failed("the old root is not the root of the empty tree", TreeHash.empty(), null);
            }
        }

        /** Kept as one method, longer than usual, so that it reads line by line against the RFC's steps. */
        void rfc9162() {
            // Step 1.
            if (proof.isEmpty()) {
                throw failed("the proof is empty", null, null);
            }
            // Step 2.
            List<Hash> path = new ArrayList<>(proof.size() + 1);
            if (Long.bitCount(first) == 1) {
                path.add(firstHash);
            }
            path.addAll(proof);
            // Steps 3 and 4.
            long fn = first - 1;
            long sn = second - 1;
            while ((fn & 1) == 1) {
                fn >>= 1;
                sn >>= 1;
            }
            // Step 5.
            Hash fr = path.getFirst();
            Hash sr = path.getFirst();
            // Step 6.
            for (Hash c : path.subList(1, path.size())) {
                if (sn == 0) {
                    throw failed("the proof has more hashes than the trees need", null, null);
                }
                if ((fn & 1) == 1 || fn == sn) {
                    fr = TreeHash.node(c, fr);
                    sr = TreeHash.node(c, sr);
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                } else {
                    sr = TreeHash.node(sr, c);
                }
                fn >>= 1;
                sn >>= 1;
            }
            // Step 7.
            if (sn != 0) {
                throw failed("the proof has fewer hashes than the trees need", fr, sr);
            }
            if (!fr.equals(firstHash) || !sr.equals(secondHash)) {
                throw failed("the proof leads to different roots", fr, sr);
            }
        }

        ProofException failed(String reason, Hash computedOldRoot, Hash computedNewRoot) {
            return ProofException.consistency(reason, first, second, firstHash, computedOldRoot, secondHash,
                    computedNewRoot, proof);
        }
    }
}

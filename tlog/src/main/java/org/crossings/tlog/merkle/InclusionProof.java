package org.crossings.tlog.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Inclusion proofs (audit paths) of RFC 9162 §2.1.3: the sibling hashes that lead from one leaf to the root.
 *
 * <p>{@link #verify} follows the numbered steps of §2.1.3.2 literally, so that it accepts exactly the proofs that
 * every other RFC 9162 implementation accepts.
 */
public final class InclusionProof {

    private InclusionProof() {
    }

    /** PATH(index, D[0:size]) of RFC 9162 §2.1.3.1, lowest sibling first. */
    public static List<Hash> prove(long index, long size, NodeHashes nodes) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf index " + index + " must be in [0, tree size " + size + ")");
        }
        Objects.requireNonNull(nodes, "nodes");
        List<Hash> path = new ArrayList<>();
        long start = 0;
        long count = size;
        long m = index;
        while (count > 1) {
            long k = Long.highestOneBit(count - 1);
            if (m < k) {
                path.add(TreeHash.subtree(start + k, start + count, nodes));
                count = k;
            } else {
                path.add(TreeHash.subtree(start, start + k, nodes));
                start += k;
                m -= k;
                count -= k;
            }
        }
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /**
     * Checks that {@code leafHash} is the leaf at {@code index} of the tree of {@code size} whose root is
     * {@code root}, by RFC 9162 §2.1.3.2.
     *
     * @throws ProofException with the evidence if it is not
     */
    public static void verify(long index, long size, Hash leafHash, List<Hash> proof, Hash root) {
        Hash computed = rootFrom(index, size, leafHash, proof, root);
        if (!computed.equals(root)) {
            throw ProofException.inclusion("the proof leads to a different root", index, size, leafHash, root,
                    computed, proof);
        }
    }

    private static Hash rootFrom(long index, long size, Hash leafHash, List<Hash> proof, Hash root) {
        Objects.requireNonNull(leafHash, "leaf hash");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(root, "root");
        // Step 1.
        if (index < 0 || index >= size) {
            throw ProofException.inclusion("leaf index is not below the tree size", index, size, leafHash, root,
                    null, proof);
        }
        // Steps 2 and 3.
        long fn = index;
        long sn = size - 1;
        Hash r = leafHash;
        // Step 4.
        for (Hash p : proof) {
            if (sn == 0) {
                throw ProofException.inclusion("the proof has more hashes than the path to the root", index, size,
                        leafHash, root, null, proof);
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = TreeHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = TreeHash.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        // Step 5.
        if (sn != 0) {
            throw ProofException.inclusion("the proof has fewer hashes than the path to the root", index, size,
                    leafHash, root, r, proof);
        }
        return r;
    }
}

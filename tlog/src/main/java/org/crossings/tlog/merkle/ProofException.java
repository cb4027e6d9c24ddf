package org.crossings.tlog.merkle;

import java.util.List;
import java.util.Optional;

/**
 * A Merkle proof that did not verify, with everything needed to show the failure to a third party: the sizes, the
 * leaf, the roots that were expected and those the proof actually leads to, and the proof itself.
 *
 * <p>Like Tessera's inconsistency error, this is evidence rather than a mere refusal: a witness or auditor that
 * catches one can publish it and anyone can recompute it.
 */
public final class ProofException extends RuntimeException {

    /** Which proof failed. */
    public enum Kind { INCLUSION, CONSISTENCY }

    private final Kind kind;
    private final String reason;
    private final long leafIndex;
    private final long oldSize;
    private final long newSize;
    private final Hash leafHash;
    private final Hash oldRoot;
    private final Hash computedOldRoot;
    private final Hash newRoot;
    private final Hash computedNewRoot;
    private final List<Hash> proof;

    private ProofException(Kind kind, String reason, long leafIndex, long oldSize, long newSize, Hash leafHash,
            Hash oldRoot, Hash computedOldRoot, Hash newRoot, Hash computedNewRoot, List<Hash> proof) {
        super(describe(kind, reason, leafIndex, oldSize, newSize, leafHash, oldRoot, computedOldRoot, newRoot,
                computedNewRoot, proof));
        this.kind = kind;
        this.reason = reason;
        this.leafIndex = leafIndex;
        this.oldSize = oldSize;
        this.newSize = newSize;
        this.leafHash = leafHash;
        this.oldRoot = oldRoot;
        this.computedOldRoot = computedOldRoot;
        this.newRoot = newRoot;
        this.computedNewRoot = computedNewRoot;
        this.proof = List.copyOf(proof);
    }

    /** An inclusion proof of {@code leafHash} at {@code leafIndex} in the tree of {@code treeSize} failed. */
    static ProofException inclusion(String reason, long leafIndex, long treeSize, Hash leafHash, Hash root,
            Hash computedRoot, List<Hash> proof) {
        return new ProofException(Kind.INCLUSION, reason, leafIndex, -1, treeSize, leafHash, null, null, root,
                computedRoot, proof);
    }

    /** A consistency proof from the tree of {@code oldSize} to the tree of {@code newSize} failed. */
    static ProofException consistency(String reason, long oldSize, long newSize, Hash oldRoot, Hash computedOldRoot,
            Hash newRoot, Hash computedNewRoot, List<Hash> proof) {
        return new ProofException(Kind.CONSISTENCY, reason, -1, oldSize, newSize, null, oldRoot, computedOldRoot,
                newRoot, computedNewRoot, proof);
    }

    public Kind kind() {
        return kind;
    }

    /** Why the proof failed, in a few words. */
    public String reason() {
        return reason;
    }

    /** The leaf's index for an inclusion proof; -1 for a consistency proof. */
    public long leafIndex() {
        return leafIndex;
    }

    /** The old tree size for a consistency proof; -1 for an inclusion proof. */
    public long oldSize() {
        return oldSize;
    }

    /** The tree size of an inclusion proof, or the new tree size of a consistency proof. */
    public long newSize() {
        return newSize;
    }

    /** The leaf hash of an inclusion proof. */
    public Optional<Hash> leafHash() {
        return Optional.ofNullable(leafHash);
    }

    /** The old root that a consistency proof was checked against. */
    public Optional<Hash> oldRoot() {
        return Optional.ofNullable(oldRoot);
    }

    /** The old root the consistency proof leads to, when the proof got far enough to compute one. */
    public Optional<Hash> computedOldRoot() {
        return Optional.ofNullable(computedOldRoot);
    }

    /** The root (inclusion) or new root (consistency) that the proof was checked against. */
    public Hash newRoot() {
        return newRoot;
    }

    /** The root the proof leads to, when the proof got far enough to compute one. */
    public Optional<Hash> computedNewRoot() {
        return Optional.ofNullable(computedNewRoot);
    }

    /** The proof hashes as given. */
    public List<Hash> proof() {
        return proof;
    }

    private static String describe(Kind kind, String reason, long leafIndex, long oldSize, long newSize,
            Hash leafHash, Hash oldRoot, Hash computedOldRoot, Hash newRoot, Hash computedNewRoot, List<Hash> proof) {
        StringBuilder text = new StringBuilder();
        if (kind == Kind.INCLUSION) {
            text.append("inclusion proof failed: ").append(reason).append("; leaf index ").append(leafIndex)
                    .append(", tree size ").append(newSize).append(", leaf hash ").append(leafHash)
                    .append(", expected root ").append(newRoot).append(", computed root ").append(orNone(computedNewRoot));
        } else {
            text.append("consistency proof failed: ").append(reason).append("; old size ").append(oldSize)
                    .append(", new size ").append(newSize).append(", expected old root ").append(oldRoot)
                    .append(", computed old root ").append(orNone(computedOldRoot))
                    .append(", expected new root ").append(newRoot)
                    .append(", computed new root ").append(orNone(computedNewRoot));
        }
        return text.append(", proof ").append(proof).toString();
    }

    private static String orNone(Hash hash) {
        return hash == null ? "(none)" : hash.hex();
    }
}

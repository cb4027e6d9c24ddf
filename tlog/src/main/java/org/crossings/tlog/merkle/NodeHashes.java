package org.crossings.tlog.merkle;

/**
 * Source of the hashes of complete subtrees of one tree, e.g. a database, tiles or an in-memory list.
 *
 * <p>Node {@code (level, index)} is the root of the perfect subtree over leaves
 * {@code [index << level, (index + 1) << level)}; level 0 nodes are leaf hashes. Implementations MUST answer only for
 * subtrees that are complete in the tree they serve and MUST throw (never invent a value) for any other node.
 */
@FunctionalInterface
public interface NodeHashes {

    /** The hash of the complete subtree at {@code level} and {@code index}. */
    Hash node(int level, long index);
}

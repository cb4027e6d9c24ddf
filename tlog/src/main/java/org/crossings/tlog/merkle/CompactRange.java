package org.crossings.tlog.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The right frontier of a growing tree: the roots of its largest complete subtrees, one per set bit of the size,
 * after transparency-dev/merkle's {@code compact.Range} starting at 0.
 *
 * <p>This is all the state a log writer needs to append leaves and compute roots; each append reports every node it
 * completes, so the writer can store tiles without ever re-reading old leaves. Not thread-safe: one writer owns it.
 */
public final class CompactRange {

    /** Receives each complete node as appending creates it. */
    @FunctionalInterface
    public interface NodeSink {

        /** Called for the leaf itself (level 0) and every interior node the append completes, lowest level first. */
        void completed(int level, long index, Hash hash);
    }

    private static final NodeSink NO_SINK = (level, index, hash) -> { };

    /** Subtree roots from the left (largest, highest level) to the right (smallest). */
    private final List<Hash> frontier;
    private long size;

    private CompactRange(long size, List<Hash> frontier) {
        this.size = size;
        this.frontier = frontier;
    }

    /** An empty tree. */
    public static CompactRange empty() {
        return new CompactRange(0, new ArrayList<>());
    }

    /** The frontier of an existing tree of {@code size} leaves, read from its stored complete subtrees. */
    public static CompactRange restore(long size, NodeHashes nodes) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size " + size + " must not be negative");
        }
        Objects.requireNonNull(nodes, "nodes");
        List<Hash> frontier = new ArrayList<>(Long.bitCount(size));
        long start = 0;
        for (int level = 63; level >= 0; level--) {
            if ((size & (1L << level)) != 0) {
                frontier.add(nodes.node(level, start >> level));
                start += 1L << level;
            }
        }
        return new CompactRange(size, frontier);
    }

    /** An independent copy: appending to one does not change the other. */
    public CompactRange copy() {
        return new CompactRange(size, new ArrayList<>(frontier));
    }

    /** Appends a leaf hash (see {@link TreeHash#leaf}) without reporting the completed nodes. */
    public void append(Hash leafHash) {
        append(leafHash, NO_SINK);
    }

    /** Appends a leaf hash and reports to {@code sink} the leaf and every interior node that becomes complete. */
    public void append(Hash leafHash, NodeSink sink) {
        Objects.requireNonNull(leafHash, "leaf hash");
        Objects.requireNonNull(sink, "sink");
        if (size == Long.MAX_VALUE) {
            throw new IllegalStateException("tree size " + size + " cannot grow");
        }
        Hash hash = leafHash;
        long index = size;
        int level = 0;
        sink.completed(level, index, hash);
        while ((index & 1) == 1) {
            hash = TreeHash.node(frontier.removeLast(), hash);
            index >>= 1;
            level++;
            sink.completed(level, index, hash);
        }
        frontier.add(hash);
        size++;
    }

    /** The number of leaves appended so far (including those restored). */
    public long size() {
        return size;
    }

    /** The root of the current tree: the frontier folded from the right; {@link TreeHash#empty()} when empty. */
    public Hash root() {
        if (frontier.isEmpty()) {
            return TreeHash.empty();
        }
        Hash root = frontier.getLast();
        for (int i = frontier.size() - 2; i >= 0; i--) {
            root = TreeHash.node(frontier.get(i), root);
        }
        return root;
    }

    /** The frontier hashes, largest subtree first: what a compact range over {@code [0, size)} holds. */
    public List<Hash> hashes() {
        return List.copyOf(frontier);
    }
}

package org.crossings.tlog.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every complete subtree hash of a tree held in memory, built from its leaf hashes.
 *
 * <p>For tests, verifiers of small trees and cross-checking other {@link NodeHashes}; it holds about two hashes per
 * leaf, so it is not meant for a whole production log.
 */
public final class MemoryNodeHashes implements NodeHashes {

    /** levels.get(l).get(i) is node (l, i). */
    private final List<List<Hash>> levels = new ArrayList<>();

    private MemoryNodeHashes() {
        levels.add(new ArrayList<>());
    }

    /** Nodes of the tree whose leaves hash to {@code leafHashes}, in order. */
    public static MemoryNodeHashes ofLeafHashes(List<Hash> leafHashes) {
        MemoryNodeHashes nodes = new MemoryNodeHashes();
        CompactRange range = CompactRange.empty();
        for (Hash leaf : leafHashes) {
            range.append(Objects.requireNonNull(leaf, "leaf hash"), nodes::store);
        }
        return nodes;
    }

    /** Nodes of the tree of these entries, hashed as leaves with {@link TreeHash#leaf}. */
    public static MemoryNodeHashes ofEntries(List<byte[]> entries) {
        return ofLeafHashes(entries.stream().map(TreeHash::leaf).toList());
    }

    private void store(int level, long index, Hash hash) {
        if (level == levels.size()) {
            levels.add(new ArrayList<>());
        }
        levels.get(level).add(hash);
    }

    /** The number of leaves. */
    public long size() {
        return levels.getFirst().size();
    }

    @Override
    public Hash node(int level, long index) {
        if (level < 0 || level >= levels.size() || index < 0 || index >= levels.get(level).size()) {
            throw new IllegalArgumentException("node (level " + level + ", index " + index
                    + ") is not a complete subtree of the tree of size " + size());
        }
        return levels.get(level).get((int) index);
    }
}

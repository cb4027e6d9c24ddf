package org.crossings.tlog.storage;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The size of the log's tree and its root hash, as the last committed batch left them.
 *
 * <p>The storage keeps the root as opaque bytes: it never computes one, it only keeps what the writer committed.
 *
 * @param size number of entries in the tree, at least 1 (an empty log has no stored state)
 * @param root root hash bytes of the tree of that size
 */
public record TreeState(long size, byte[] root) {

    public TreeState {
        if (size < 1) {
            throw new IllegalArgumentException("tree state: size " + size + " must be at least 1");
        }
        if (root == null || root.length == 0) {
            throw new IllegalArgumentException("tree state: root must not be empty");
        }
        root = root.clone();
    }

    @Override
    public byte[] root() {
        return root.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TreeState that && size == that.size && Arrays.equals(root, that.root);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Arrays.hashCode(root);
    }

    @Override
    public String toString() {
        return "TreeState[size=" + size + ", root=" + HexFormat.of().formatHex(root) + "]";
    }
}

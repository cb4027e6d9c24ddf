package org.crossings.tlog.merkle;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * The Merkle tree hash of RFC 9162 §2.1.1: leaves and interior nodes are hashed with distinct one-byte prefixes
 * ({@code 0x00} and {@code 0x01}) so that a leaf can never be passed off as a node.
 *
 * <p>Hashing runs on the writer's hot path, so one {@link MessageDigest} and one buffer are kept per thread.
 */
public final class TreeHash {

    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;
    private static final Hash EMPTY = new Hash(sha256().digest());
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(TreeHash::sha256);
    private static final ThreadLocal<byte[]> NODE_BUFFER = ThreadLocal.withInitial(() -> new byte[1 + 2 * Hash.SIZE]);

    private TreeHash() {
    }

    /** {@code SHA-256(0x00 || entry)}: the hash of a log entry as a leaf. */
    public static Hash leaf(byte[] entry) {
        Objects.requireNonNull(entry, "entry");
        MessageDigest digest = DIGEST.get();
        digest.update(LEAF_PREFIX);
        digest.update(entry);
        return new Hash(digest.digest());
    }

    /** {@code SHA-256(0x01 || left || right)}: the hash of an interior node. */
    public static Hash node(Hash left, Hash right) {
        byte[] buffer = NODE_BUFFER.get();
        buffer[0] = NODE_PREFIX;
        left.writeTo(buffer, 1);
        right.writeTo(buffer, 1 + Hash.SIZE);
        return new Hash(DIGEST.get().digest(buffer));
    }

    /** {@code SHA-256("")}: the root of the empty tree. */
    public static Hash empty() {
        return EMPTY;
    }

    /**
     * The root of the tree of {@code size} leaves, from the hashes of its largest complete subtrees (one per set
     * bit of {@code size}, left to right), folded from the right as RFC 9162's MTH recursion does.
     */
    public static Hash root(long size, NodeHashes nodes) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size " + size + " must not be negative");
        }
        if (size == 0) {
            return EMPTY;
        }
        Hash root = null;
        for (long end = size; end > 0; ) {
            int level = Long.numberOfTrailingZeros(end);
            Hash subtree = nodes.node(level, (end >> level) - 1);
            root = root == null ? subtree : node(subtree, root);
            end -= 1L << level;
        }
        return root;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

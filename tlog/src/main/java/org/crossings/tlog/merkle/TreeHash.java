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
     * bit of {@code size}), folded from the right as RFC 9162's MTH recursion does.
     */
    public static Hash root(long size, NodeHashes nodes) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size " + size + " must not be negative");
        }
        return subtree(0, size, nodes);
    }

    /**
     * MTH(D[start:end]) for a subtree that RFC 9162's recursion visits: {@code start} must be a multiple of the
     * smallest power of two not below {@code end - start}. Such a subtree need not be complete (e.g. the right
     * half of a tree of 6 leaves), so it is folded from its largest complete subtrees.
     */
    public static Hash subtree(long start, long end, NodeHashes nodes) {
        Objects.requireNonNull(nodes, "nodes");
        long count = end - start;
        if (start < 0 || count < 0 || (count > 1 && start % Long.highestOneBit((count - 1) << 1) != 0)) {
            throw new IllegalArgumentException("subtree [" + start + ", " + end + ") is not a subtree of a Merkle tree");
        }
        if (count == 0) {
            return EMPTY;
        }
        Hash hash = null;
        for (long remaining = count; remaining > 0; remaining -= Long.lowestOneBit(remaining)) {
            int level = Long.numberOfTrailingZeros(remaining);
            Hash piece = nodes.node(level, ((start + remaining) >> level) - 1);
            hash = hash == null ? piece : node(piece, hash);
        }
        return hash;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

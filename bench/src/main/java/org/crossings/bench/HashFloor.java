package org.crossings.bench;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The least work any audit of a log of n entries must do: n leaf hashes SHA-256(0x00 || entry) and n-1 node hashes
 * SHA-256(0x01 || left || right) (RFC 9162 §2.1.1), here on one thread over entries already in memory, with one
 * digest and no allocation per hash. The tree is folded as a compact range, so the work is exactly 2n-1 hashes and
 * the root comes out, which is checked against the log's checkpoint: the floor did the same work as the audit.
 */
final class HashFloor {

    private final List<byte[]> entries;

    private HashFloor(List<byte[]> entries) {
        this.entries = entries;
    }

    /** The entries of {@link StaticLog} of this size, generated in memory (the same bytes as the served log). */
    static HashFloor of(long size) {
        Entries generator = new Entries(StaticLog.ENTRY_SEED);
        List<byte[]> entries = new ArrayList<>((int) size);
        for (long i = 0; i < size; i++) {
            entries.add(generator.next());
        }
        return new HashFloor(entries);
    }

    /** Seconds to hash the whole tree; fails if the root is not the one the log signed. */
    double seconds(StaticLog log) {
        long start = System.nanoTime();
        byte[] root = root();
        double seconds = (System.nanoTime() - start) / 1e9;
        String expected = Checkpoints.root(log);
        String actual = java.util.Base64.getEncoder().encodeToString(root);
        if (!actual.equals(expected)) {
            throw new IllegalStateException("hash floor: root " + actual + " is not the checkpoint's " + expected);
        }
        return seconds;
    }

    private byte[] root() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] node = new byte[65];
            node[0] = 0x01;
            byte[][] stack = new byte[64][32];
            int height = 0;
            for (int i = 0; i < entries.size(); i++) {
                digest.update((byte) 0x00);
                digest.update(entries.get(i));
                digest.digest(stack[height++], 0, 32);
                for (long n = i; (n & 1) == 1; n >>= 1) {
                    merge(digest, node, stack[height - 2], stack[height - 1], stack[height - 2]);
                    height--;
                }
            }
            for (; height > 1; height--) {
                merge(digest, node, stack[height - 2], stack[height - 1], stack[height - 2]);
            }
            return stack[0];
        } catch (NoSuchAlgorithmException | DigestException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void merge(MessageDigest digest, byte[] node, byte[] left, byte[] right, byte[] into)
            throws DigestException {
        System.arraycopy(left, 0, node, 1, 32);
        System.arraycopy(right, 0, node, 33, 32);
        digest.update(node);
        digest.digest(into, 0, 32);
    }
}

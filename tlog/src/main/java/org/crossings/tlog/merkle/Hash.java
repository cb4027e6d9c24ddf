package org.crossings.tlog.merkle;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 value in a Merkle tree: a leaf hash, an interior node hash or a root.
 *
 * <p>The bytes are copied in and out, so a {@code Hash} cannot change once made and can be shared freely as a map key.
 *
 * @param bytes exactly {@value #SIZE} bytes
 */
public record Hash(byte[] bytes) {

    /** Length of a SHA-256 digest in bytes. */
    public static final int SIZE = 32;

    private static final HexFormat HEX = HexFormat.of();

    public Hash {
        Objects.requireNonNull(bytes, "hash bytes");
        if (bytes.length != SIZE) {
            throw new IllegalArgumentException("hash bytes: length " + bytes.length + " must be " + SIZE);
        }
        bytes = bytes.clone();
    }

    /** Copies {@code bytes}, which must be exactly 32 long. */
    public static Hash of(byte[] bytes) {
        return new Hash(bytes);
    }

    /** Parses 64 hex digits (either case). */
    public static Hash fromHex(String hex) {
        Objects.requireNonNull(hex, "hash hex");
        if (hex.length() != 2 * SIZE) {
            throw new IllegalArgumentException("hash hex \"" + hex + "\": length " + hex.length() + " must be " + 2 * SIZE);
        }
        try {
            return new Hash(HEX.parseHex(hex));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hash hex \"" + hex + "\": not hexadecimal", e);
        }
    }

    /** Parses standard (padded) base64 of 32 bytes. */
    public static Hash fromBase64(String base64) {
        Objects.requireNonNull(base64, "hash base64");
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("hash base64 \"" + base64 + "\": not standard base64", e);
        }
        if (decoded.length != SIZE) {
            throw new IllegalArgumentException(
                    "hash base64 \"" + base64 + "\": decodes to " + decoded.length + " bytes, must be " + SIZE);
        }
        return new Hash(decoded);
    }

    /** A copy of the 32 bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Copies the 32 bytes into {@code dst} at {@code off}, without allocating. */
    public void writeTo(byte[] dst, int off) {
        System.arraycopy(bytes, 0, dst, off, SIZE);
    }

    /** Lower-case hex. */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    /** Standard padded base64, as signed notes and checkpoints carry hashes. */
    public String base64() {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}

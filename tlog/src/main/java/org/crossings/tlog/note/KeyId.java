package org.crossings.tlog.note;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The 32-bit key ID that, together with the key name, tells a verifier which key made a signature.
 *
 * <p>It is an identifier, not a fingerprint: anyone can make a key that collides with it, and gains nothing but a
 * failed verification, because verifiers are configured with the full public key.
 */
public record KeyId(int value) {

    /**
     * The recommended key ID: the first four bytes of SHA-256(key name || 0x0A || signature type || public key).
     *
     * @param typedPublicKey the signature type byte followed by the encoded public key
     */
    public static KeyId of(String name, byte[] typedPublicKey) {
        MessageDigest sha256 = sha256();
        sha256.update(name.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        sha256.update(typedPublicKey);
        return new KeyId(ByteBuffer.wrap(sha256.digest()).getInt());
    }

    /** Parses the eight hexadecimal digits used in key strings ({@code c74f20a3}). */
    public static KeyId parse(String hex) {
        if (hex == null || !hex.matches("[0-9a-fA-F]{8}")) {
            throw new NoteException("key ID \"" + hex + "\" must be 8 hexadecimal digits");
        }
        return new KeyId(Integer.parseUnsignedInt(hex, 16));
    }

    /** The key ID as its 4 big-endian bytes, the prefix of every signature blob. */
    public byte[] bytes() {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    /** Eight lowercase hexadecimal digits, as key strings spell it. */
    public String hex() {
        return HexFormat.of().toHexDigits(value);
    }

    @Override
    public String toString() {
        return hex();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}

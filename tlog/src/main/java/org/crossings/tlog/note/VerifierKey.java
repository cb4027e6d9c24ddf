package org.crossings.tlog.note;

import java.util.Arrays;
import java.util.Objects;

/**
 * A verifier key string, {@code <name>+<hex key ID>+base64(<signature type> || <public key>)}, as
 * golang.org/x/mod/sumdb/note spells it and C2SP tlog-cosignature reuses with other signature types.
 *
 * <p>Parsing checks the key ID against the key, so a mistyped key fails here and not at the first verification.
 */
public record VerifierKey(String name, KeyId keyId, byte type, byte[] publicKey) {

    public VerifierKey {
        NoteSignature.requireValidKeyName("verifier key name", name);
        Objects.requireNonNull(keyId, "keyId");
        publicKey = publicKey.clone();
        KeyId computed = KeyId.of(name, typed(type, publicKey));
        if (!computed.equals(keyId)) {
            throw new NoteException("verifier key \"" + name + "\": key ID " + keyId
                    + " does not match the key, whose key ID is " + computed);
        }
    }

    /** A key with the recommended key ID: SHA-256(name || 0x0A || type || public key)[:4]. */
    public static VerifierKey of(String name, byte type, byte[] publicKey) {
        NoteSignature.requireValidKeyName("verifier key name", name);
        return new VerifierKey(name, KeyId.of(name, typed(type, publicKey)), type, publicKey);
    }

    /** Parses {@code name+keyid+base64key}; the base64 part may itself contain '+'. */
    public static VerifierKey parse(String vkey) {
        Objects.requireNonNull(vkey, "vkey");
        String[] parts = vkey.split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteException("verifier key \"" + vkey + "\" must be <name>+<key ID>+<base64 key>");
        }
        NoteSignature.requireValidKeyName("verifier key \"" + vkey + "\": name", parts[0]);
        KeyId keyId = KeyId.parse(parts[1]);
        byte[] typedKey = StrictBase64.decode("verifier key \"" + parts[0] + "\": key", parts[2]);
        if (typedKey.length < 2) {
            throw new NoteException("verifier key \"" + parts[0] + "\": key must be a type byte and key material, it is "
                    + typedKey.length + " bytes");
        }
        return new VerifierKey(parts[0], keyId, typedKey[0], Arrays.copyOfRange(typedKey, 1, typedKey.length));
    }

    /** The key string: {@code name+keyid+base64(type || key)}. */
    public String encode() {
        return name + "+" + keyId.hex() + "+" + StrictBase64.encode(typed(type, publicKey));
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    static byte[] typed(byte type, byte[] key) {
        byte[] typed = new byte[1 + key.length];
        typed[0] = type;
        System.arraycopy(key, 0, typed, 1, key.length);
        return typed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifierKey other && name.equals(other.name) && keyId.equals(other.keyId)
                && type == other.type && Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, keyId, type, Arrays.hashCode(publicKey));
    }

    @Override
    public String toString() {
        return encode();
    }
}

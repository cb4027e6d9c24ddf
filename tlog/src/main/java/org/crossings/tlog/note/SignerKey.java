package org.crossings.tlog.note;

import java.util.Arrays;
import java.util.Objects;

/**
 * A signer key string, {@code PRIVATE+KEY+<name>+<hex key ID>+base64(<signature type> || <secret>)}.
 *
 * <p>The literal {@code PRIVATE+KEY} prefix keeps it from being mistaken for a verifier key. The key ID can only be
 * checked once the public key is derived, so typed signers ({@link Ed25519NoteSigner}) check it. {@link #toString()}
 * never shows the secret.
 */
public record SignerKey(String name, KeyId keyId, byte type, byte[] secret) {

    private static final String PREFIX = "PRIVATE+KEY+";

    public SignerKey {
        NoteSignature.requireValidKeyName("signer key name", name);
        Objects.requireNonNull(keyId, "keyId");
        secret = secret.clone();
    }

    public static SignerKey parse(String skey) {
        Objects.requireNonNull(skey, "skey");
        if (!skey.startsWith(PREFIX)) {
            throw new NoteException("signer key must start with \"PRIVATE+KEY+\", it starts with \""
                    + skey.substring(0, Math.min(12, skey.length())) + "\"");
        }
        String[] parts = skey.substring(PREFIX.length()).split("\\+", 3);
        if (parts.length != 3) {
            throw new NoteException("signer key must be PRIVATE+KEY+<name>+<key ID>+<base64 key>");
        }
        NoteSignature.requireValidKeyName("signer key name", parts[0]);
        KeyId keyId = KeyId.parse(parts[1]);
        byte[] typed;
        try {
            typed = StrictBase64.decode("signer key \"" + parts[0] + "\": key", parts[2]);
        } catch (NoteException e) {
            // The message would echo the secret: say only what is wrong with it.
            throw new NoteException("signer key \"" + parts[0] + "\": key is not canonical padded base64");
        }
        if (typed.length < 2) {
            throw new NoteException("signer key \"" + parts[0] + "\": key must be a type byte and key material, it is "
                    + typed.length + " bytes");
        }
        return new SignerKey(parts[0], keyId, typed[0], Arrays.copyOfRange(typed, 1, typed.length));
    }

    public String encode() {
        return PREFIX + name + "+" + keyId.hex() + "+" + StrictBase64.encode(VerifierKey.typed(type, secret));
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignerKey other && name.equals(other.name) && keyId.equals(other.keyId)
                && type == other.type && Arrays.equals(secret, other.secret);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, keyId, type);
    }

    @Override
    public String toString() {
        return "PRIVATE+KEY+" + name + "+" + keyId.hex() + "+(secret)";
    }
}

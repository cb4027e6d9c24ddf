package org.crossings.tlog.note;

import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/** Verifies Ed25519 note signatures (signature type 0x01), the kind logs sign checkpoints with. */
public final class Ed25519NoteVerifier implements NoteVerifier {

    /** The signed-note signature type byte for plain Ed25519. */
    public static final byte TYPE = 0x01;

    private final VerifierKey key;
    private final Ed25519PublicKeyParameters publicKey;

    private Ed25519NoteVerifier(VerifierKey key) {
        this.key = Objects.requireNonNull(key, "key");
        if (key.type() != TYPE) {
            throw new NoteException("verifier key \"" + key.name() + "\": signature type 0x%02x is not Ed25519 (0x01)"
                    .formatted(key.type()));
        }
        if (key.publicKey().length != Ed25519PublicKeyParameters.KEY_SIZE) {
            throw new NoteException("verifier key \"" + key.name() + "\": Ed25519 public key must be 32 bytes, it is "
                    + key.publicKey().length);
        }
        this.publicKey = new Ed25519PublicKeyParameters(key.publicKey());
    }

    /** Parses {@code name+keyid+base64(0x01 || 32-byte public key)}. */
    public static Ed25519NoteVerifier parse(String vkey) {
        return new Ed25519NoteVerifier(VerifierKey.parse(vkey));
    }

    public static Ed25519NoteVerifier of(VerifierKey key) {
        return new Ed25519NoteVerifier(key);
    }

    /** The verifier for a raw 32-byte Ed25519 public key, with the recommended key ID. */
    public static Ed25519NoteVerifier of(String name, byte[] publicKey) {
        return new Ed25519NoteVerifier(VerifierKey.of(name, TYPE, publicKey));
    }

    @Override
    public String name() {
        return key.name();
    }

    @Override
    public KeyId keyId() {
        return key.keyId();
    }

    public VerifierKey key() {
        return key;
    }

    /** The verifier key string to hand to anyone who checks this key's notes. */
    public String verifierKey() {
        return key.encode();
    }

    @Override
    public boolean verify(byte[] message, byte[] signature) {
        if (signature.length != Ed25519PrivateKeyParameters.SIGNATURE_SIZE) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, publicKey);
        verifier.update(message, 0, message.length);
        return verifier.verifySignature(signature);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ed25519NoteVerifier other && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key.encode();
    }
}

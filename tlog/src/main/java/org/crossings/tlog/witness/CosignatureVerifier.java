package org.crossings.tlog.witness;

import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.crossings.tlog.note.KeyId;
import org.crossings.tlog.note.NoteException;
import org.crossings.tlog.note.NoteVerifier;
import org.crossings.tlog.note.VerifierKey;

/**
 * Checks a witness's timestamped Ed25519 cosignatures (signature type 0x04) on checkpoints.
 *
 * <p>As a {@link NoteVerifier} it works with {@link org.crossings.tlog.note.Notes#open}: the message it is given is
 * the checkpoint body, and it rebuilds the {@code cosignature/v1} message from the timestamp in the signature.
 */
public final class CosignatureVerifier implements NoteVerifier {

    /** The signed-note signature type of timestamped Ed25519 cosignatures. */
    public static final byte TYPE = 0x04;

    private final String name;
    private final byte[] publicKey;
    private final KeyId keyId;

    private CosignatureVerifier(String name, byte[] publicKey) {
        if (publicKey.length != Ed25519PublicKeyParameters.KEY_SIZE) {
            throw new NoteException("witness key \"" + name + "\": Ed25519 public key must be 32 bytes, it is "
                    + publicKey.length);
        }
        this.publicKey = publicKey.clone();
        this.keyId = VerifierKey.of(name, TYPE, publicKey).keyId();
        this.name = name;
    }

    public static CosignatureVerifier of(String name, byte[] publicKey) {
        return new CosignatureVerifier(name, publicKey);
    }

    /**
     * Parses a witness verifier key: type 0x04 as the spec encodes cosigner keys, or type 0x01 (a plain Ed25519 note
     * key, as transparency-dev/formats accepts), whose cosignature key ID is then recomputed with type 0x04.
     */
    public static CosignatureVerifier parse(String vkey) {
        VerifierKey key = VerifierKey.parse(vkey);
        if (key.type() != TYPE && key.type() != 0x01) {
            throw new NoteException("witness key \"" + key.name() + "\": signature type 0x%02x is neither an Ed25519 "
                    .formatted(key.type()) + "cosigner (0x04) nor an Ed25519 note key (0x01)");
        }
        return new CosignatureVerifier(key.name(), key.publicKey());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public KeyId keyId() {
        return keyId;
    }

    /** The type 0x04 verifier key string to configure this witness elsewhere. */
    public String verifierKey() {
        return VerifierKey.of(name, TYPE, publicKey).encode();
    }

    @Override
    public boolean verify(byte[] message, byte[] signature) {
        Cosignature cosignature;
        try {
            cosignature = Cosignature.parse(signature);
        } catch (NoteException e) {
            return false;
        }
        byte[] signed = Cosignature.message(cosignature.timestamp(), message);
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, new Ed25519PublicKeyParameters(publicKey));
        verifier.update(signed, 0, signed.length);
        return verifier.verifySignature(cosignature.signature());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosignatureVerifier other && name.equals(other.name)
                && java.util.Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, keyId);
    }

    @Override
    public String toString() {
        return verifierKey();
    }
}

package org.crossings.tlog.witness;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.crossings.tlog.note.KeyId;
import org.crossings.tlog.note.NoteException;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.note.SignerKey;
import org.crossings.tlog.note.VerifierKey;

/**
 * A witness's key that cosigns checkpoints with timestamped Ed25519 cosignatures, the time read from a {@link Clock}.
 *
 * <p>Callers MUST check the checkpoint is consistent with the last one they cosigned for that log before signing:
 * the cosignature states exactly that. Not a record: it holds a private key.
 */
public final class CosignatureSigner implements NoteSigner {

    private final Ed25519PrivateKeyParameters privateKey;
    private final CosignatureVerifier verifier;
    private final Clock clock;

    private CosignatureSigner(String name, byte[] seed, Clock clock) {
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new NoteException("witness key \"" + name + "\": Ed25519 seed must be 32 bytes, it is " + seed.length);
        }
        this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
        this.verifier = CosignatureVerifier.of(name, privateKey.generatePublicKey().getEncoded());
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Parses {@code PRIVATE+KEY+name+keyid+base64(type || seed)} with type 0x04, or 0x01 for a plain note key (as
     * transparency-dev/formats does); the key ID is checked against the type the string declares.
     */
    public static CosignatureSigner parse(String skey, Clock clock) {
        SignerKey key = SignerKey.parse(skey);
        if (key.type() != CosignatureVerifier.TYPE && key.type() != 0x01) {
            throw new NoteException("witness key \"" + key.name() + "\": signature type 0x%02x is neither 0x04 nor 0x01"
                    .formatted(key.type()));
        }
        CosignatureSigner signer = new CosignatureSigner(key.name(), key.secret(), clock);
        KeyId declared = VerifierKey.of(key.name(), key.type(),
                new Ed25519PrivateKeyParameters(key.secret(), 0).generatePublicKey().getEncoded()).keyId();
        if (!declared.equals(key.keyId())) {
            throw new NoteException("witness key \"" + key.name() + "\": key ID " + key.keyId()
                    + " does not match the key, whose key ID is " + declared);
        }
        return signer;
    }

    public static CosignatureSigner fromSeed(String name, byte[] seed, Clock clock) {
        return new CosignatureSigner(name, seed.clone(), clock);
    }

    public static CosignatureSigner generate(String name, Clock clock) {
        byte[] seed = new byte[Ed25519PrivateKeyParameters.KEY_SIZE];
        new SecureRandom().nextBytes(seed);
        return new CosignatureSigner(name, seed, clock);
    }

    @Override
    public String name() {
        return verifier.name();
    }

    @Override
    public KeyId keyId() {
        return verifier.keyId();
    }

    /** Cosigns a checkpoint body: returns the 8-byte timestamp followed by the Ed25519 signature. */
    @Override
    public byte[] sign(byte[] checkpointBody) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] message = Cosignature.message(timestamp, checkpointBody);
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return new Cosignature(timestamp, signer.generateSignature()).bytes();
    }

    public CosignatureVerifier verifier() {
        return verifier;
    }

    /** The secret key string, with signature type 0x04. */
    public String signerKey() {
        return new SignerKey(name(), keyId(), CosignatureVerifier.TYPE, privateKey.getEncoded()).encode();
    }

    @Override
    public String toString() {
        return "CosignatureSigner[" + name() + "+" + keyId().hex() + "]";
    }
}

package org.crossings.tlog.note;

import java.security.SecureRandom;
import java.util.Objects;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Signs notes with an Ed25519 key (signature type 0x01).
 *
 * <p>Not a record: it holds a private key, which must never show up in {@code toString()} or logs.
 */
public final class Ed25519NoteSigner implements NoteSigner {

    private final String name;
    private final Ed25519PrivateKeyParameters privateKey;
    private final Ed25519NoteVerifier verifier;

    private Ed25519NoteSigner(String name, byte[] seed) {
        NoteSignature.requireValidKeyName("signer key name", name);
        if (seed.length != Ed25519PrivateKeyParameters.KEY_SIZE) {
            throw new NoteException("signer key \"" + name + "\": Ed25519 seed must be 32 bytes, it is " + seed.length);
        }
        this.name = name;
        this.privateKey = new Ed25519PrivateKeyParameters(seed, 0);
        this.verifier = Ed25519NoteVerifier.of(name, privateKey.generatePublicKey().getEncoded());
    }

    /** Parses {@code PRIVATE+KEY+name+keyid+base64(0x01 || 32-byte seed)} and checks the key ID. */
    public static Ed25519NoteSigner parse(String skey) {
        return of(SignerKey.parse(skey));
    }

    public static Ed25519NoteSigner of(SignerKey key) {
        if (key.type() != Ed25519NoteVerifier.TYPE) {
            throw new NoteException("signer key \"" + key.name() + "\": signature type 0x%02x is not Ed25519 (0x01)"
                    .formatted(key.type()));
        }
        Ed25519NoteSigner signer = new Ed25519NoteSigner(key.name(), key.secret());
        if (!signer.keyId().equals(key.keyId())) {
            throw new NoteException("signer key \"" + key.name() + "\": key ID " + key.keyId()
                    + " does not match the key, whose key ID is " + signer.keyId());
        }
        return signer;
    }

    /** A new key from the given 32-byte seed, with the recommended key ID. */
    public static Ed25519NoteSigner fromSeed(String name, byte[] seed) {
        return new Ed25519NoteSigner(name, seed.clone());
    }

    public static Ed25519NoteSigner generate(String name) {
        return generate(name, new SecureRandom());
    }

    public static Ed25519NoteSigner generate(String name, SecureRandom random) {
        Objects.requireNonNull(random, "random");
        byte[] seed = new byte[Ed25519PrivateKeyParameters.KEY_SIZE];
        random.nextBytes(seed);
        return new Ed25519NoteSigner(name, seed);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public KeyId keyId() {
        return verifier.keyId();
    }

    @Override
    public byte[] sign(byte[] message) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, privateKey);
        signer.update(message, 0, message.length);
        return signer.generateSignature();
    }

    /** The matching verifier. */
    public Ed25519NoteVerifier verifier() {
        return verifier;
    }

    /** The secret signer key string; keep it out of logs and version control. */
    public String signerKey() {
        return new SignerKey(name, keyId(), Ed25519NoteVerifier.TYPE, privateKey.getEncoded()).encode();
    }

    @Override
    public String toString() {
        return "Ed25519NoteSigner[" + name + "+" + keyId().hex() + "]";
    }
}

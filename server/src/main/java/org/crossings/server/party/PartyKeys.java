package org.crossings.server.party;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.note.KeyId;

/**
 * A party's keyring: every key it has ever had, so that a signature is checked against the key that was valid when
 * it was made, and old signatures stay verifiable after a rotation.
 *
 * <p>Key IDs are unique within a keyring; a party that rotates to a new key gets a new key ID.
 */
public record PartyKeys(PartyCode party, List<PartyKey> keys) {

    public PartyKeys {
        Objects.requireNonNull(party, "party");
        keys = List.copyOf(keys);
        List<KeyId> seen = new ArrayList<>();
        for (PartyKey key : keys) {
            if (!key.party().equals(party)) {
                throw new IllegalArgumentException("keyring of party " + party + ": key " + key.keyId()
                        + " belongs to party \"" + key.party() + "\"");
            }
            if (seen.contains(key.keyId())) {
                throw new IllegalArgumentException("keyring of party " + party + ": key ID \"" + key.keyId()
                        + "\" is used twice");
            }
            seen.add(key.keyId());
        }
    }

    public static PartyKeys of(PartyKey... keys) {
        return new PartyKeys(keys[0].party(), List.of(keys));
    }

    /**
     * Rotates to a new key from {@code at} on: the key in use is retired at that instant, the new one takes over.
     */
    public PartyKeys rotate(Ed25519NoteVerifier next, Instant at) {
        List<PartyKey> rotated = new ArrayList<>();
        for (PartyKey key : keys) {
            rotated.add(key.retiredAt() == null ? key.retire(at) : key);
        }
        rotated.add(PartyKey.active(party, next, at));
        return new PartyKeys(party, rotated);
    }

    /** Checks that {@code signature} over {@code message} was made at {@code signedAt} by this party's key {@code keyId}. */
    public SignatureCheck check(byte[] message, KeyId keyId, Instant signedAt, byte[] signature) {
        return check(message, keyId, signedAt, signature, false);
    }

    /**
     * As {@link #check(byte[], KeyId, Instant, byte[])}, without the signature's arithmetic when {@code madeHere}:
     * this process made that very signature over that very message with the key of that id (see
     * {@code journal.SignaturesMade}). Which key and when are checked all the same.
     */
    public SignatureCheck check(byte[] message, KeyId keyId, Instant signedAt, byte[] signature, boolean madeHere) {
        PartyKey key = keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst().orElse(null);
        if (key == null) {
            return SignatureCheck.UNKNOWN_KEY;
        }
        if (!key.isValidAt(signedAt)) {
            return SignatureCheck.KEY_NOT_VALID_AT_SIGNING;
        }
        return madeHere || key.key().verify(message, signature) ? SignatureCheck.VALID : SignatureCheck.BAD_SIGNATURE;
    }
}

package org.crossings.server.party;

import java.time.Instant;
import java.util.Objects;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.note.KeyId;

/**
 * One public key of a party, valid from an instant until it is retired.
 *
 * <p>A retired key still verifies what it signed while it was valid: a party rotates its key without making its
 * earlier signatures on agreements worthless. The key is an Ed25519 signed-note verifier key, so the same key string
 * ({@code name+keyid+base64}) names it in agreements and in the log.
 *
 * @param retiredAt the first instant at which the key no longer signs, or {@code null} while it is in use
 */
public record PartyKey(PartyCode party, Ed25519NoteVerifier key, Instant validFrom, Instant retiredAt) {

    public PartyKey {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(key, "party " + party + ": key");
        Objects.requireNonNull(validFrom, "party " + party + ": key " + key.keyId() + " validFrom");
        if (retiredAt != null && !retiredAt.isAfter(validFrom)) {
            throw new IllegalArgumentException("party " + party + ": key " + key.keyId() + " retiredAt \"" + retiredAt
                    + "\" is not after validFrom \"" + validFrom + "\"");
        }
    }

    public static PartyKey active(PartyCode party, Ed25519NoteVerifier key, Instant validFrom) {
        return new PartyKey(party, key, validFrom, null);
    }

    public KeyId keyId() {
        return key.keyId();
    }

    /** Whether a signature made at {@code instant} may have been made with this key: validFrom inclusive, retiredAt exclusive. */
    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(validFrom) && (retiredAt == null || instant.isBefore(retiredAt));
    }

    /** This key, retired from {@code at} on. */
    public PartyKey retire(Instant at) {
        if (retiredAt != null) {
            throw new IllegalStateException("party " + party + ": key " + keyId() + " was already retired at " + retiredAt);
        }
        return new PartyKey(party, key, validFrom, at);
    }
}

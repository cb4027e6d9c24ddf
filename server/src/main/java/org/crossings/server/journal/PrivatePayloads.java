package org.crossings.server.journal;

import java.util.Optional;
import org.crossings.tlog.merkle.Hash;

/**
 * The private payloads this node holds, by the digest their envelope carries. Serving one is the caller's to allow:
 * only to the recipients its envelope names.
 */
public interface PrivatePayloads {

    /** A payload and its salt: {@code SHA-256(salt || payload)} is the envelope's {@code payloadDigest}. */
    record Salted(byte[] salt, byte[] payload) {
        public Salted {
            salt = salt.clone();
            payload = payload.clone();
        }
    }

    Optional<Salted> find(Hash digest);
}

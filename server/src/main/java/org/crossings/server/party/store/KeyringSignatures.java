package org.crossings.server.party.store;

import java.util.Optional;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.EnvelopeSignatures;
import org.crossings.server.journal.Recorded;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.PartyKeys;
import org.crossings.server.party.SignatureCheck;
import org.crossings.server.party.application.RegisteringParty;
import org.crossings.tlog.note.Ed25519NoteVerifier;

/**
 * Envelope signatures checked against the keyrings the log built: each envelope by its actor's key valid at the
 * envelope's time. A party's registration is the one entry signed by a key no earlier entry announced: it must be
 * signed by the key it registers, which must be the actor's.
 */
public final class KeyringSignatures implements EnvelopeSignatures {

    private final Keyrings keyrings;

    public KeyringSignatures(Keyrings keyrings) {
        this.keyrings = keyrings;
    }

    @Override
    public Optional<String> refusal(Recorded entry) {
        Envelope envelope = entry.envelope();
        byte[] signed = EnvelopeJson.signedBytes(envelope);
        Optional<PartyKeys> keys = keyrings.keys(envelope.actor());
        if (keys.isEmpty()) {
            return envelope.type().equals(RegisteringParty.REGISTERED) ? selfSigned(entry, signed)
                    : Optional.of("the log registers no party " + envelope.actor() + " before this entry");
        }
        SignatureCheck check = keys.get().check(signed, envelope.key(), envelope.time(), envelope.signature());
        return check == SignatureCheck.VALID ? Optional.empty()
                : Optional.of("by " + envelope.actor() + "'s key " + envelope.key().hex() + ": " + check.description());
    }

    private static Optional<String> selfSigned(Recorded entry, byte[] signed) {
        Envelope envelope = entry.envelope();
        Ed25519NoteVerifier key;
        try {
            key = Ed25519NoteVerifier.parse(entry.payload().path("key").asString(""));
        } catch (RuntimeException unreadable) {
            return Optional.of("the registration of " + envelope.actor() + " holds no readable key");
        }
        if (!entry.payload().path("code").asString("").equals(envelope.actor().value())) {
            return Optional.of("the registration of " + envelope.actor() + " is not signed by the party it registers");
        }
        if (!key.keyId().equals(envelope.key()) || !key.verify(signed, envelope.signature())) {
            return Optional.of("the registration of " + envelope.actor() + " is not signed by the key it registers");
        }
        return Optional.empty();
    }
}

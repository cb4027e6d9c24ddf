package org.crossings.server.party.store;

import java.util.Optional;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.EnvelopeSignatures;
import org.crossings.server.journal.Recorded;
import org.crossings.server.journal.SignaturesMade;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKeys;
import org.crossings.server.party.SignatureCheck;
import org.crossings.server.party.application.RegisteringParty;
import org.crossings.tlog.note.Ed25519NoteVerifier;

/**
 * Envelope signatures checked against the keyrings the log built: each envelope by its actor's key valid at the
 * envelope's time. A party's registration is the one entry signed by a key no earlier entry announced: it must be
 * signed by the key it registers, which must be the actor's.
 *
 * <p>Keyrings are remembered, since the projector asks for every entry (a query each would cost the projector's one
 * thread a round trip per entry): a party's keyring is forgotten when an entry about that party passes (a
 * registration, a rotation), so the next entry sees what that entry changed, and all of them when the projector says
 * so (a rebuild, a chunk that failed).
 */
public final class KeyringSignatures implements EnvelopeSignatures {

    private final Keyrings keyrings;
    private final java.util.Map<PartyCode, Optional<PartyKeys>> remembered =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final SignaturesMade made;

    public KeyringSignatures(Keyrings keyrings) {
        this(keyrings, new SignaturesMade());
    }

    /** @param made the signatures this process's journal made, which need no second verification */
    public KeyringSignatures(Keyrings keyrings, SignaturesMade made) {
        this.keyrings = keyrings;
        this.made = made;
    }

    @Override
    public Optional<String> refusal(Recorded entry) {
        Envelope envelope = entry.envelope();
        byte[] signed = EnvelopeJson.signedBytes(envelope);
        if (envelope.subject().kind().equals("party")) {
            remembered.clear(); // this entry may change a keyring; later entries must see the change
            return check(entry, signed, keyrings.keys(PartyCode.of(envelope.actor())));
        }
        return check(entry, signed, remembered.computeIfAbsent(PartyCode.of(envelope.actor()), keyrings::keys));
    }

    @Override
    public void forget() {
        remembered.clear();
    }

    private Optional<String> check(Recorded entry, byte[] signed, Optional<PartyKeys> keys) {
        Envelope envelope = entry.envelope();
        if (keys.isEmpty()) {
            return envelope.type().equals(RegisteringParty.REGISTERED) ? selfSigned(entry, signed)
                    : Optional.of("the log registers no party " + envelope.actor() + " before this entry");
        }
        SignatureCheck check = keys.get().check(signed, envelope.key(), envelope.time(), envelope.signature(),
                made.vouchesFor(signed, envelope.key(), envelope.signature()));
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
        if (!entry.payload().path("code").asString("").equals(envelope.actor().code())) {
            return Optional.of("the registration of " + envelope.actor() + " is not signed by the party it registers");
        }
        if (!key.keyId().equals(envelope.key()) || !key.verify(signed, envelope.signature())) {
            return Optional.of("the registration of " + envelope.actor() + " is not signed by the key it registers");
        }
        return Optional.empty();
    }
}

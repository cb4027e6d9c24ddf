package org.crossings.server.agreement;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKey;
import org.crossings.server.party.PartyKeys;
import org.crossings.tlog.note.Ed25519NoteSigner;

/** Test fixture: a fresh Ed25519 key for each party of the demo, valid since 2020, and signing with it. */
final class Signatories {

    static final Instant KEYS_VALID_FROM = Instant.parse("2020-01-01T00:00:00Z");

    private final Map<PartyCode, Ed25519NoteSigner> signers = new HashMap<>();
    private final Map<PartyCode, PartyKeys> keyrings = new HashMap<>();

    Signatories(String... parties) {
        for (String party : parties) {
            PartyCode code = PartyCode.of(party);
            Ed25519NoteSigner signer = Ed25519NoteSigner.generate(party);
            signers.put(code, signer);
            keyrings.put(code, PartyKeys.of(PartyKey.active(code, signer.verifier(), KEYS_VALID_FROM)));
        }
    }

    PartyKeys keys(String party) {
        return keyrings.get(PartyCode.of(party));
    }

    AgreementSignature signature(Agreement agreement, String party, Instant at) {
        Ed25519NoteSigner signer = signers.get(PartyCode.of(party));
        return new AgreementSignature(PartyCode.of(party), signer.keyId(), at, signer.sign(agreement.signedBytes()));
    }

    Agreement sign(Agreement agreement, String party, Instant at) {
        return agreement.apply(agreement.sign(signature(agreement, party, at), keys(party)));
    }

    Agreement signByAll(Agreement agreement, Instant at) {
        Agreement signed = agreement;
        for (PartyCode party : agreement.terms().partyCodes()) {
            signed = sign(signed, party.value(), at);
        }
        return signed;
    }
}

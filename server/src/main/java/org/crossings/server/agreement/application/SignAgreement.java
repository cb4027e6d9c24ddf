package org.crossings.server.agreement.application;

import java.util.Objects;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.note.KeyId;

/**
 * A party's signature over one version of an agreement, made by the party with its own key, elsewhere.
 *
 * @param signature Ed25519 over the version's signed bytes ({@code Agreement.signedBytes()}), 64 bytes
 */
public record SignAgreement(AgreementRef agreement, PartyCode party, KeyId keyId, byte[] signature) {

    public SignAgreement {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
        if (signature.length != 64) {
            throw new IllegalArgumentException("signature of " + party + " has " + signature.length
                    + " bytes; an Ed25519 signature has 64");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}

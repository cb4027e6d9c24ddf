package org.crossings.server.agreement;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.note.KeyId;

/**
 * A party's Ed25519 signature over one version of an agreement ({@link Agreement#signedBytes()}), made with its key
 * {@code keyId} at {@code signedAt}; the instant picks which of the party's keys must verify it.
 */
public record AgreementSignature(PartyCode party, KeyId keyId, Instant signedAt, byte[] signature) {

    public AgreementSignature {
        Objects.requireNonNull(party, "signature party");
        Objects.requireNonNull(keyId, "signature of " + party + ": key ID");
        Objects.requireNonNull(signedAt, "signature of " + party + ": signedAt");
        Objects.requireNonNull(signature, "signature of " + party + ": signature bytes");
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AgreementSignature other && party.equals(other.party) && keyId.equals(other.keyId)
                && signedAt.equals(other.signedAt) && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(party, keyId, signedAt, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "AgreementSignature[" + party + " key " + keyId + " at " + signedAt + ": "
                + Base64.getEncoder().encodeToString(signature) + "]";
    }
}

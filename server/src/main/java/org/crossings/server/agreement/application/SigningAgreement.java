package org.crossings.server.agreement.application;

import java.time.Clock;
import org.crossings.server.agreement.Agreement;
import org.crossings.server.agreement.AgreementEvent.AgreementSigned;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.AgreementRefused;
import org.crossings.server.agreement.AgreementSignature;
import org.crossings.server.agreement.Agreements;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKeys;
import org.crossings.tlog.note.NoteSigner;

/**
 * A party signs one version of an agreement. The signature is checked against the party's keyring as the log knows
 * it, at the instant this node receives it; a signature by another party's key or over other bytes is refused and
 * leaves nothing in the log.
 */
public final class SigningAgreement {

    private final Journal journal;
    private final Agreements agreements;
    private final Keyrings keyrings;
    private final PartySigners signers;
    private final Clock clock;

    public SigningAgreement(Journal journal, Agreements agreements, Keyrings keyrings, PartySigners signers,
            Clock clock) {
        this.journal = journal;
        this.agreements = agreements;
        this.keyrings = keyrings;
        this.signers = signers;
        this.clock = clock;
    }

    /**
     * @return the agreement version as it stands after the signature
     * @throws AgreementRefused if the signature does not verify, the party is not a party to it or has signed it
     * @throws org.crossings.server.agreement.UnknownAgreement if there is no such version
     */
    public Agreement sign(SignAgreement command) {
        AgreementRef ref = command.agreement();
        return journal.exclusively(AgreementEntries.subject(ref.id()), () -> {
            Agreement agreement = agreements.require(ref);
            PartyKeys keys = keyrings.keys(command.party()).orElseThrow(() -> new AgreementRefused(ref,
                    "party " + command.party() + " has no keys in the log; its signature cannot be checked"));
            AgreementSignature signature = new AgreementSignature(command.party(), command.keyId(),
                    AgreementEntries.now(clock), command.signature());
            AgreementSigned signed = agreement.sign(signature, keys);
            journal.record(AgreementEntries.entry(signed, agreement.terms(), command.party()));
            return agreements.require(ref);
        });
    }

    /**
     * Signs with the key this node holds for {@code party}: how the demo node and the web pages sign for a party
     * whose key lives here.
     *
     * @throws IllegalArgumentException if this node holds no key for the party
     */
    public Agreement signWithNodeKey(AgreementRef ref, PartyCode party) {
        NoteSigner signer = signers.signer(party.signatory());
        byte[] signedBytes = agreements.require(ref).signedBytes();
        return sign(new SignAgreement(ref, party, signer.keyId(), signer.sign(signedBytes)));
    }
}

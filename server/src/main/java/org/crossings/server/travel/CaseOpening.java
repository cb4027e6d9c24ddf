package org.crossings.server.travel;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.merkle.Hash;

/**
 * What an entry that opens a case says of it: the way, the document category and the agreement (its envelope), and
 * the traveller and the hash of their secret, as far as this node holds the payload's parts.
 *
 * @param category           the travel document category as the envelope writes it ({@code ordinary-passport}), or
 *                           {@code unknown} for an envelope that gives none
 * @param dataRecipients     the parties that received the traveller's identity
 * @param documentRecipients the parties that received the travel document's facts
 * @param traveller          none when this node holds no identity part, or one it cannot read
 * @param secretHash         none in an old log's entries, or when this node holds no intake part
 */
public record CaseOpening(Way way, String category, Optional<AgreementRef> allowedBy, Set<PartyCode> dataRecipients,
                          Set<PartyCode> documentRecipients, Optional<TravellerCase.Traveller> traveller,
                          Optional<Hash> secretHash) {

    public CaseOpening {
        Objects.requireNonNull(way, "opening way");
        Objects.requireNonNull(category, "opening category");
        allowedBy = Objects.requireNonNullElse(allowedBy, Optional.empty());
        dataRecipients = Set.copyOf(dataRecipients);
        documentRecipients = Set.copyOf(documentRecipients);
        traveller = Objects.requireNonNullElse(traveller, Optional.empty());
        secretHash = Objects.requireNonNullElse(secretHash, Optional.empty());
    }
}

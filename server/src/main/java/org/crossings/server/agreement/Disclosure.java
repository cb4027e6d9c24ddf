package org.crossings.server.agreement;

import java.util.List;
import java.util.Objects;
import org.crossings.server.party.PartyCode;

/**
 * What one party or observer receives of the data recorded under an agreement. Log envelopes name these recipients,
 * so a recipient can prove the operator withheld data it was entitled to.
 */
public record Disclosure(PartyCode to, List<DataKind> data) {

    public Disclosure {
        Objects.requireNonNull(to, "disclosure to");
        data = List.copyOf(Objects.requireNonNull(data, "disclosure data"));
        Travellers.requireNonEmptyAndUnique("disclosure to " + to + ": data", data);
    }
}

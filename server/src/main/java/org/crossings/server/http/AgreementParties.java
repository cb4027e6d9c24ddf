package org.crossings.server.http;

import java.util.Set;
import org.crossings.server.party.PartyCode;

/**
 * The parties to an agreement, for access rules such as "an agreement signatory of a party to agreement X". The
 * agreement feature provides it; until then no one is a party to anything.
 */
@FunctionalInterface
public interface AgreementParties {

    /** Fails closed: no agreement, no parties. */
    AgreementParties NONE = agreement -> Set.of();

    /** The parties to the agreement with this id as written in the path; MUST be empty for an unknown agreement. */
    Set<PartyCode> of(String agreementId);
}

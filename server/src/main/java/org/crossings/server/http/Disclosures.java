package org.crossings.server.http;

import org.crossings.server.party.PartyCode;

/**
 * What agreements disclose, and to whom, for access rules such as "a party to which agreement X discloses
 * statistics". This is how an observer reads only what is disclosed to it. The agreement feature provides it; until
 * then nothing is disclosed.
 */
@FunctionalInterface
public interface Disclosures {

    /** Fails closed: nothing is disclosed to anyone. */
    Disclosures NONE = (agreementId, kind, reader) -> false;

    /**
     * Whether the agreement with this id discloses data of this kind to {@code reader}; MUST be false for an unknown
     * agreement or kind.
     */
    boolean discloses(String agreementId, String kind, PartyCode reader);
}

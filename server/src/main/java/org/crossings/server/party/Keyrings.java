package org.crossings.server.party;

import java.util.Optional;

/**
 * The public keys of every party, as the log recorded them: a party's first key comes with its registration, and
 * each rotation adds one. Whoever checks a party's signature asks here.
 */
public interface Keyrings {

    /** The party's keys, or empty if the log knows no such party. */
    Optional<PartyKeys> keys(PartyCode party);
}

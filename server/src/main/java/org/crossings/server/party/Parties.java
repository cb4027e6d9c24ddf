package org.crossings.server.party;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parties known to this system. Agreements may only name parties found here.
 *
 * <p>Implementations MUST return the same party for the same code for as long as they live; a party is never
 * renamed to another kind.
 */
public interface Parties {

    Optional<Party> find(PartyCode code);

    List<Party> all();

    /** An immutable set of parties; codes MUST be unique. */
    static Parties of(Collection<Party> parties) {
        Map<PartyCode, Party> byCode = new LinkedHashMap<>();
        for (Party party : parties) {
            if (byCode.putIfAbsent(party.code(), party) != null) {
                throw new IllegalArgumentException("party code \"" + party.code() + "\" is used twice");
            }
        }
        List<Party> all = List.copyOf(byCode.values());
        return new Parties() {
            @Override
            public Optional<Party> find(PartyCode code) {
                return Optional.ofNullable(byCode.get(code));
            }

            @Override
            public List<Party> all() {
                return all;
            }
        };
    }
}

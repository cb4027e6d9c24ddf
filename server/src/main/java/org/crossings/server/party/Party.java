package org.crossings.server.party;

import java.util.Objects;

/**
 * A state, the operator or an observer, with the name people know it by.
 *
 * <p>A state's code must be its ISO 3166-1 alpha-3 code, so that "citizen of a party" means the same to everyone.
 * The operator and observers may use any party code, a country code included ({@code USA} as an observer).
 */
public record Party(PartyCode code, String name, PartyKind kind) {

    public Party {
        Objects.requireNonNull(code, "party code");
        Objects.requireNonNull(kind, "party " + code + ": kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("party " + code + ": name \"" + name + "\" must not be blank");
        }
        if (code.equals(PartyCode.EVERYONE)) {
            throw new IllegalArgumentException("party code \"" + code + "\" is reserved: it means everyone");
        }
        if (kind == PartyKind.STATE && !code.isCountry()) {
            throw new IllegalArgumentException("party " + code + ": a state's code \"" + code.value()
                    + "\" must be an ISO 3166-1 alpha-3 code");
        }
    }

    public boolean isState() {
        return kind == PartyKind.STATE;
    }

    /** The country of a state party; only states have one. */
    public CountryCode country() {
        if (!isState()) {
            throw new IllegalStateException("party " + code + " is a " + kind + ", not a state");
        }
        return CountryCode.of(code.value());
    }
}

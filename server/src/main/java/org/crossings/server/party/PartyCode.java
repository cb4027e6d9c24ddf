package org.crossings.server.party;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.crossings.server.journal.Signatory;

/**
 * The code that names a party in agreements, decisions and the log: a state's ISO 3166-1 alpha-3 code ({@code ARM}),
 * or an upper-case code of the operator or an observer ({@code OPERATOR}, {@code EU}).
 *
 * <p>The code alone does not say what kind of party it names ({@code USA} may be a state in one world and an
 * observer in another); {@link Party} checks that kind and code agree.
 */
public record PartyCode(String value) implements Comparable<PartyCode> {

    private static final String FORM = "[A-Z][A-Z0-9-]{1,31}";

    /**
     * Not a party: as the recipient of a payload it means every party and the public (a party's registration, its
     * public key, a post's opening hours). No party may take this code.
     */
    public static final PartyCode EVERYONE = new PartyCode("ALL");

    public PartyCode {
        Objects.requireNonNull(value, "party code");
        if (!value.matches(FORM)) {
            throw new IllegalArgumentException("party code \"" + value
                    + "\" must be 2 to 32 upper-case letters, digits or hyphens, starting with a letter");
        }
    }

    public static PartyCode of(String value) {
        return new PartyCode(value);
    }

    /** The party as the log names it, as actor or recipient of an envelope. */
    public static PartyCode of(Signatory signatory) {
        return new PartyCode(signatory.code());
    }

    /** This party as the log names it. */
    public Signatory signatory() {
        return new Signatory(value);
    }

    /** These parties as the log names them. */
    public static Set<Signatory> signatories(Collection<PartyCode> parties) {
        TreeSet<Signatory> all = new TreeSet<>();
        parties.forEach(party -> all.add(party.signatory()));
        return all;
    }

    /** The parties the log names, in order. */
    public static java.util.SortedSet<PartyCode> parties(Collection<Signatory> signatories) {
        TreeSet<PartyCode> all = new TreeSet<>();
        signatories.forEach(signatory -> all.add(of(signatory)));
        return all;
    }

    /** Whether this code names a country, as a state party's code must. */
    public boolean isCountry() {
        return CountryCode.isAlpha3(value);
    }

    @Override
    public int compareTo(PartyCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

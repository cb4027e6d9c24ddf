package org.crossings.server.agreement;

import java.util.Objects;
import java.util.Set;
import org.crossings.server.party.CountryCode;

/**
 * Which nationalities a rule of travellers admits, as a person would write it in the terms:
 * {@code "any"}, {@code "not a citizen of any party"} (the 2022 third-country opening), or {@code "citizen of DEU"}.
 */
public sealed interface NationalityClass {

    /** Whether a citizen of {@code nationality} belongs to this class, given the agreement's state parties. */
    boolean includes(CountryCode nationality, Set<CountryCode> stateParties);

    /** The phrase of the terms document. */
    String json();

    static NationalityClass parse(String phrase) {
        if ("any".equals(phrase)) {
            return new Any();
        }
        if (NotACitizenOfAnyParty.PHRASE.equals(phrase)) {
            return new NotACitizenOfAnyParty();
        }
        if (phrase != null && phrase.startsWith(CitizenOf.PREFIX)) {
            String country = phrase.substring(CitizenOf.PREFIX.length());
            if (!CountryCode.isAlpha3(country)) {
                throw new IllegalArgumentException("names no ISO 3166-1 alpha-3 country");
            }
            return new CitizenOf(CountryCode.of(country));
        }
        throw new IllegalArgumentException("\"" + phrase + "\" is not a nationality class; expected \"any\", \""
                + NotACitizenOfAnyParty.PHRASE + "\" or \"citizen of\" and an ISO 3166-1 alpha-3 code");
    }

    record Any() implements NationalityClass {
        @Override
        public boolean includes(CountryCode nationality, Set<CountryCode> stateParties) {
            return true;
        }

        @Override
        public String json() {
            return "any";
        }
    }

    record NotACitizenOfAnyParty() implements NationalityClass {
        static final String PHRASE = "not a citizen of any party";

        @Override
        public boolean includes(CountryCode nationality, Set<CountryCode> stateParties) {
            return !stateParties.contains(nationality);
        }

        @Override
        public String json() {
            return PHRASE;
        }
    }

    record CitizenOf(CountryCode country) implements NationalityClass {
        static final String PREFIX = "citizen of ";

        public CitizenOf {
            Objects.requireNonNull(country, "country");
        }

        @Override
        public boolean includes(CountryCode nationality, Set<CountryCode> stateParties) {
            return country.equals(nationality);
        }

        @Override
        public String json() {
            return PREFIX + country.alpha3();
        }
    }
}

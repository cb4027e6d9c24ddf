package org.crossings.server.travel;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.crossings.server.party.CountryCode;

/**
 * A state, organization or nationality as the machine-readable zone codes it, ICAO Doc 9303 Part 3 section 5, without
 * filler: every ISO 3166-1 alpha-3 code, {@code D} for Germany, and the codes ICAO reserves for British nationals
 * ({@code GBD} ... {@code GBS}), the United Nations, other issuing authorities, refugees and stateless persons
 * ({@code XXA} ... {@code XXX}), the European Union ({@code EUE}) and Kosovo ({@code RKS}), and {@code UTO}, Utopia,
 * the state of ICAO's specimens.
 */
public record Nationality(String code) {

    private static final Set<String> BRITISH = Set.of("GBD", "GBN", "GBO", "GBP", "GBS");
    private static final Set<String> ICAO_RESERVED = Set.of(
            "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XPO", "XES", "XMP", "XOM", "XDC",
            "XXA", "XXB", "XXC", "XXX", "EUE", "RKS", "UTO");

    public Nationality {
        Objects.requireNonNull(code, "nationality");
        code = stripFiller(code);
        if (!isKnown(code)) {
            throw new IllegalArgumentException("nationality \"" + code + "\" is no ICAO 9303 code: neither ISO 3166-1"
                    + " alpha-3, nor D, nor one that Doc 9303 Part 3 reserves");
        }
    }

    /** The nationality of this code, filler allowed at its end ({@code "D<<"} is {@code D}). */
    public static Nationality of(String code) {
        return new Nationality(code);
    }

    /** The ISO 3166-1 country: {@code D} is {@code DEU}, British codes {@code GBR}; none for the others. */
    public Optional<CountryCode> country() {
        if (code.equals("D")) {
            return Optional.of(CountryCode.of("DEU"));
        }
        if (BRITISH.contains(code)) {
            return Optional.of(CountryCode.of("GBR"));
        }
        return CountryCode.isAlpha3(code) ? Optional.of(CountryCode.of(code)) : Optional.empty();
    }

    @Override
    public String toString() {
        return code;
    }

    private static boolean isKnown(String code) {
        return code.equals("D") || BRITISH.contains(code) || ICAO_RESERVED.contains(code)
                || CountryCode.isAlpha3(code);
    }

    private static String stripFiller(String code) {
        int end = code.length();
        while (end > 0 && code.charAt(end - 1) == '<') {
            end--;
        }
        return code.substring(0, end);
    }
}

package org.crossings.server.party;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A country as ISO 3166-1 alpha-3 names it ({@code ARM}, {@code TUR}, {@code DEU}): a traveller's nationality, or the
 * code of a state party.
 *
 * <p>Only officially assigned codes are accepted, checked against the list embedded as {@code iso3166-1.csv}: a
 * nationality that no state issues must not slip into an eligibility decision as a typo.
 */
public record CountryCode(String alpha3) {

    private static final Map<String, String> ALPHA2_BY_ALPHA3;
    private static final Map<String, String> ALPHA3_BY_ALPHA2;
    private static final Map<String, String> NAME_BY_ALPHA3;

    static {
        Map<String, String> a2 = new HashMap<>();
        Map<String, String> a3 = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        readTable((alpha2, alpha3, name) -> {
            a2.put(alpha3, alpha2);
            a3.put(alpha2, alpha3);
            names.put(alpha3, name);
        });
        ALPHA2_BY_ALPHA3 = Collections.unmodifiableMap(a2);
        ALPHA3_BY_ALPHA2 = Collections.unmodifiableMap(a3);
        NAME_BY_ALPHA3 = Collections.unmodifiableMap(names);
    }

    public CountryCode {
        Objects.requireNonNull(alpha3, "country code");
        if (!ALPHA2_BY_ALPHA3.containsKey(alpha3)) {
            throw new IllegalArgumentException(
                    "country code \"" + alpha3 + "\" is not an ISO 3166-1 alpha-3 code");
        }
    }

    public static CountryCode of(String alpha3) {
        return new CountryCode(alpha3);
    }

    /** The country whose ISO 3166-1 alpha-2 code this is ({@code AM} gives {@code ARM}). */
    public static CountryCode ofAlpha2(String alpha2) {
        String alpha3 = alpha2 == null ? null : ALPHA3_BY_ALPHA2.get(alpha2);
        if (alpha3 == null) {
            throw new IllegalArgumentException(
                    "country code \"" + alpha2 + "\" is not an ISO 3166-1 alpha-2 code");
        }
        return new CountryCode(alpha3);
    }

    public static boolean isAlpha3(String code) {
        return code != null && ALPHA2_BY_ALPHA3.containsKey(code);
    }

    public static boolean isAlpha2(String code) {
        return code != null && ALPHA3_BY_ALPHA2.containsKey(code);
    }

    public String alpha2() {
        return ALPHA2_BY_ALPHA3.get(alpha3);
    }

    /** The English short name, for people reading reasons and reports. */
    public String name() {
        return NAME_BY_ALPHA3.get(alpha3);
    }

    @Override
    public String toString() {
        return alpha3;
    }

    private interface Row {
        void accept(String alpha2, String alpha3, String name);
    }

    private static void readTable(Row row) {
        try (InputStream in = CountryCode.class.getResourceAsStream("iso3166-1.csv")) {
            Objects.requireNonNull(in, "resource iso3166-1.csv is missing");
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] cells = line.split(";", 3);
                row.accept(cells[0], cells[1], cells[2]);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ISO 3166-1 table", e);
        }
    }
}

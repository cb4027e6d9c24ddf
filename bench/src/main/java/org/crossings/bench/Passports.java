package org.crossings.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.crossings.server.travel.CheckDigit;

/**
 * Machine-readable zones of ICAO 9303 TD3 passports (two lines of 44 characters) with valid check digits, each with
 * a document number of its own, for travellers of one nationality (a third country for the demo agreement
 * {@code ARM-TUR-2022-THIRD-COUNTRY}).
 */
final class Passports {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    private final String nationality;
    private final String prefix;
    private final String expiry = LocalDate.now().plusYears(5).format(YYMMDD);
    private final AtomicLong issued = new AtomicLong();

    /**
     * @param nationality three MRZ characters, e.g. {@code D<<} (Germany) or {@code FRA}
     * @param prefix a letter that starts every document number of this run
     */
    Passports(String nationality, char prefix) {
        if (nationality.length() != 3 || !nationality.matches("[A-Z<]{3}")) {
            throw new IllegalArgumentException("nationality \"" + nationality + "\" must be 3 MRZ characters (A-Z, <)");
        }
        if (prefix < 'A' || prefix > 'Z') {
            throw new IllegalArgumentException("prefix '" + prefix + "' must be a letter A-Z");
        }
        this.nationality = nationality;
        this.prefix = Character.toString(prefix);
    }

    /** The next passport's MRZ, its two lines joined by a newline; the document number is new each time. */
    String next() {
        String number = prefix + pad(Long.toString(issued.incrementAndGet(), 36).toUpperCase(Locale.ROOT), 8, '0');
        String line1 = pad("P<" + nationality + "TRAVELLER<<BENCH", 44, '<');
        String document = number + checkDigit(number);
        String birth = "850615" + checkDigit("850615");
        String expires = expiry + checkDigit(expiry);
        String personal = "<".repeat(14) + checkDigit("<".repeat(14));
        String composite = document + birth + expires + personal;
        String line2 = document + nationality + birth + "F" + expires + personal + checkDigit(composite);
        if (line2.length() != 44) {
            throw new IllegalStateException("line 2 has " + line2.length() + " characters: " + line2);
        }
        return line1 + "\n" + line2;
    }

    /** ICAO 9303's 7-3-1 check digit, as the server's parser checks it. */
    static char checkDigit(CharSequence field) {
        return (char) ('0' + CheckDigit.of(field));
    }

    private static String pad(String value, int length, char filler) {
        if (value.length() > length) {
            throw new IllegalArgumentException("\"" + value + "\" is longer than " + length);
        }
        return filler == '<' ? value + "<".repeat(length - value.length())
                : Character.toString(filler).repeat(length - value.length()) + value;
    }
}

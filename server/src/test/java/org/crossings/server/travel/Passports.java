package org.crossings.server.travel;

import java.util.concurrent.atomic.AtomicInteger;

/** Test fixture: ICAO 9303 TD3 zones with correct check digits, a new document number each. */
public final class Passports {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RUN = Integer.toString((int) (System.nanoTime() % 46_000L), 36).toUpperCase();

    private Passports() {
    }

    /** An ordinary passport ({@code P<}) of {@code nationality}, issued by it. */
    public static String ordinary(String nationality, String surname, String givenNames) {
        return td3("P<", nationality, surname, givenNames, number(), nationality, "850312", 'F', "301231");
    }

    /** A diplomatic passport ({@code PD}). */
    public static String diplomatic(String nationality, String surname, String givenNames) {
        return td3("PD", nationality, surname, givenNames, number(), nationality, "700101", 'M', "291130");
    }

    public static String td3(String code, String issuer, String surname, String givenNames, String number,
            String nationality, String birth, char sex, String expiry) {
        String names = pad(surname + "<<" + givenNames.replace(' ', '<'), 39);
        String line1 = code + pad(issuer, 3) + names;
        String documentNumber = pad(number, 9);
        String optional = pad("", 14);
        String first = documentNumber + CheckDigit.of(documentNumber);
        String birthPart = birth + CheckDigit.of(birth);
        String rest = expiry + CheckDigit.of(expiry) + optional + CheckDigit.of(optional);
        int composite = CheckDigit.of(first + birthPart + rest);
        String line2 = first + pad(nationality, 3) + birthPart + sex + rest + composite;
        return line1 + "\n" + line2;
    }

    /** A document number no other test of this run uses: up to three characters of the run, then a counter. */
    public static String number() {
        return RUN + String.format("%06d", NEXT.incrementAndGet());
    }

    private static String pad(String text, int length) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < length) {
            padded.append('<');
        }
        return padded.substring(0, length);
    }
}

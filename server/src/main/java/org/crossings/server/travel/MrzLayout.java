package org.crossings.server.travel;

import org.crossings.server.agreement.DocumentCode;

/**
 * Where each field stands in each format, ICAO Doc 9303 Parts 4 (TD3), 5 (TD1), 6 (TD2) and 7 (MRV-A, MRV-B). The
 * document code is read first, so that lines in the wrong order are named as such; then every check digit, so that a
 * misread character is reported as one before its field is judged; then the fields.
 */
final class MrzLayout {

    private MrzLayout() {
    }

    /** A document number and the optional data that follows it, once a long number is taken out (Part 5, 4.2.4). */
    private record Number(String number, String optionalData) {
    }

    static TravelDocument td1(MrzZone zone) {
        DocumentCode code = zone.documentCode("ACI", "identity cards");
        Number number = documentNumber(zone, 1, 6, 16, 30);
        zone.check("dateOfBirth", 2, 1, 6, 7);
        zone.check("dateOfExpiry", 2, 9, 14, 15);
        zone.checkComposite(2, 30, zone.text(1, 6, 30) + zone.text(2, 1, 7) + zone.text(2, 9, 15)
                + zone.text(2, 19, 29));
        MrzZone.Names names = zone.names(3, 1, 30);
        String optional = (number.optionalData() + " " + MrzZone.stripFiller(zone.text(2, 19, 29))).strip();
        return new TravelDocument(zone.format(), code, zone.nationality("issuer", 1, 3), number.number(),
                names.surname(), names.givenNames(), zone.nationality("nationality", 2, 16),
                zone.date("dateOfBirth", 2, 1, true), zone.sex(2, 8), zone.date("dateOfExpiry", 2, 9, false), optional,
                zone.lines());
    }

    /** TD2, TD3, MRV-A and MRV-B share line 1 and line 2 up to the date of expiry; they differ after it. */
    static TravelDocument twoLines(MrzZone zone) {
        MrzFormat format = zone.format();
        int length = format.length();
        DocumentCode code = switch (format) {
            case TD3 -> zone.documentCode("P", "passports");
            case TD2 -> zone.documentCode("ACI", "identity cards");
            default -> zone.documentCode("V", "visas");
        };
        int optionalTo = switch (format) {
            case TD3 -> 42;
            case TD2 -> 35;
            default -> length;
        };
        Number number = documentNumber(zone, 2, 1, 29, optionalTo);
        zone.check("dateOfBirth", 2, 14, 19, 20);
        zone.check("dateOfExpiry", 2, 22, 27, 28);
        if (format == MrzFormat.TD3) {
            zone.checkOptional("optionalData", 2, 29, 42, 43);
        }
        if (!format.isVisa()) {
            zone.checkComposite(2, length, zone.text(2, 1, 10) + zone.text(2, 14, 20) + zone.text(2, 22, length - 1));
        }
        MrzZone.Names names = zone.names(1, 6, length);
        return new TravelDocument(format, code, zone.nationality("issuer", 1, 3), number.number(), names.surname(),
                names.givenNames(), zone.nationality("nationality", 2, 11), zone.date("dateOfBirth", 2, 14, true),
                zone.sex(2, 21), zone.date("dateOfExpiry", 2, 22, false), number.optionalData(), zone.lines());
    }

    /**
     * The document number at {@code first} on {@code line}, its check digit after it. In TD1 and TD2 a number longer
     * than 9 has filler in the check digit position and goes on at the start of the optional data, followed by the
     * check digit of the whole number and a filler (Part 5, 4.2.4; Part 6, 4.2.4). Visas and passports have no such
     * numbers: there a filler check digit is simply wrong.
     */
    private static Number documentNumber(MrzZone zone, int line, int first, int optionalFrom, int optionalTo) {
        String principal = zone.text(line, first, first + 8);
        int checkColumn = first + 9;
        String optional = zone.text(line, optionalFrom, optionalTo);
        boolean mayBeLong = zone.format() == MrzFormat.TD1 || zone.format() == MrzFormat.TD2;
        if (!mayBeLong || zone.at(line, checkColumn) != '<' || principal.indexOf('<') >= 0) {
            zone.check("documentNumber", line, first, first + 8, checkColumn);
            if (MrzZone.isFiller(principal)) {
                throw MrzException.inColumns("documentNumber", line, first, first + 8, "the document number is empty");
            }
            return new Number(MrzZone.stripFiller(principal), MrzZone.stripFiller(optional));
        }
        int end = optional.indexOf('<') < 0 ? optional.length() : optional.indexOf('<');
        if (end < 2) {
            throw new MrzException("documentNumber", line, checkColumn, "the check digit of documentNumber \""
                    + principal + "\" is '<', so the number must go on at column " + optionalFrom
                    + " and end with its check digit, but it does not");
        }
        String number = principal + optional.substring(0, end - 1);
        zone.checkDigit("documentNumber", line, optionalFrom + end - 1, number, "the check digit of documentNumber");
        String rest = end + 1 >= optional.length() ? "" : optional.substring(end + 1);
        return new Number(number, MrzZone.stripFiller(rest));
    }
}

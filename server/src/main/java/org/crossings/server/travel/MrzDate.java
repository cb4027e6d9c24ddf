package org.crossings.server.travel;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as the machine-readable zone writes it, {@code YYMMDD} without a century, ICAO Doc 9303 Part 3 section 3.8.
 * A part of a date of birth that is not known is written as filler ({@code 7408<<} for August 1974); the parser
 * refuses filler in a date of expiry.
 */
public record MrzDate(String yymmdd) {

    public MrzDate {
        Objects.requireNonNull(yymmdd, "date");
        String problem = problem(yymmdd);
        if (problem != null) {
            throw new IllegalArgumentException("date \"" + yymmdd + "\" " + problem);
        }
    }

    public static MrzDate of(String yymmdd) {
        return new MrzDate(yymmdd);
    }

    /** Whether year, month and day are all known. */
    public boolean isComplete() {
        return yymmdd.indexOf('<') < 0;
    }

    /**
     * The date of birth: of the dates with these two year digits, the latest that is not after {@code today}; none
     * when a part is unknown. Someone born 1925 reads as 2025 once a person of 100 is less likely than a baby.
     */
    public Optional<LocalDate> asBirthDate(LocalDate today) {
        if (!isComplete()) {
            return Optional.empty();
        }
        int year = today.getYear() - Math.floorMod(today.getYear() - part(0), 100);
        while (!fits(year) || date(year).isAfter(today)) {
            year -= 100;
        }
        return Optional.of(date(year));
    }

    /** The date of expiry, in this century: documents issued now expire before 2100. */
    public LocalDate asExpiryDate() {
        if (!isComplete()) {
            throw new IllegalStateException("date \"" + yymmdd + "\" is not complete, so it is no date of expiry");
        }
        return date(2000 + part(0));
    }

    @Override
    public String toString() {
        return yymmdd;
    }

    private boolean fits(int year) {
        return part(2) != 2 || part(4) != 29 || Year.isLeap(year);
    }

    private LocalDate date(int year) {
        return LocalDate.of(year, part(2), part(4));
    }

    private int part(int from) {
        return Integer.parseInt(yymmdd.substring(from, from + 2));
    }

    private static String problem(String yymmdd) {
        if (!yymmdd.matches("(\\d\\d|<<){3}")) {
            return "must be six digits YYMMDD, a part of a date of birth that is not known written as <<";
        }
        String yy = yymmdd.substring(0, 2);
        String mm = yymmdd.substring(2, 4);
        String dd = yymmdd.substring(4, 6);
        if (!mm.equals("<<") && (Integer.parseInt(mm) < 1 || Integer.parseInt(mm) > 12)) {
            return "has month " + mm + "; months are 01 to 12";
        }
        if (!dd.equals("<<") && (Integer.parseInt(dd) < 1 || Integer.parseInt(dd) > lastDay(yy, mm))) {
            return "has day " + dd + (mm.equals("<<") ? "; days are 01 to 31" : "; month " + mm + " has days 01 to "
                    + lastDay(yy, mm));
        }
        return null;
    }

    /** The last day of the month; February 29 only in years divisible by 4 (1900 apart, which no one still uses). */
    private static int lastDay(String yy, String mm) {
        if (mm.equals("<<")) {
            return 31;
        }
        int month = Integer.parseInt(mm);
        if (month == 2) {
            return yy.equals("<<") || Integer.parseInt(yy) % 4 == 0 ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }
}

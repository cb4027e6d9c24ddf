package org.crossings.server.travel;

import java.util.List;
import org.crossings.server.agreement.DocumentCode;

/**
 * The lines of one zone whose format is known and whose characters are all A-Z, 0-9 or {@code <}, read field by field
 * at the positions of ICAO Doc 9303. Lines and columns are 1-based and ranges inclusive, as the spec counts them.
 */
final class MrzZone {

    private final MrzFormat format;
    private final List<String> lines;

    MrzZone(MrzFormat format, List<String> lines) {
        this.format = format;
        this.lines = List.copyOf(lines);
    }

    MrzFormat format() {
        return format;
    }

    List<String> lines() {
        return lines;
    }

    String text(int line, int from, int to) {
        return lines.get(line - 1).substring(from - 1, to);
    }

    char at(int line, int column) {
        return lines.get(line - 1).charAt(column - 1);
    }

    /** Verifies that the digit at {@code checkColumn} is the check digit of columns {@code from}-{@code to}. */
    void check(String field, int line, int from, int to, int checkColumn) {
        checkDigit(field, line, checkColumn, text(line, from, to), "the check digit of " + field);
    }

    /** As {@link #check}, but a field of filler only may have filler as its check digit (TD3 personal number). */
    void checkOptional(String field, int line, int from, int to, int checkColumn) {
        if (at(line, checkColumn) != '<' || !isFiller(text(line, from, to))) {
            check(field, line, from, to, checkColumn);
        }
    }

    /** Verifies the composite check digit over the given characters, which stand where the format says. */
    void checkComposite(int line, int checkColumn, String characters) {
        checkDigit("compositeCheckDigit", line, checkColumn, characters, "the composite check digit over");
    }

    void checkDigit(String field, int line, int column, String value, String what) {
        char read = at(line, column);
        int expected = CheckDigit.of(value);
        if (read != (char) ('0' + expected)) {
            String shown = Character.isDigit(read) ? String.valueOf(read) : "'" + read + "'";
            throw new MrzException(field, line, column,
                    what + " \"" + value + "\" is " + shown + " but must be " + expected);
        }
    }

    /** The document code of line 1, columns 1-2, whose type letter must be one of {@code types}. */
    DocumentCode documentCode(String types, String kind) {
        String code = text(1, 1, 2);
        if (types.indexOf(code.charAt(0)) < 0) {
            throw new MrzException("documentCode", 1, 1, "document code \"" + code + "\" cannot start a " + format
                    + " zone; " + kind + " start with " + String.join(", ", types.split("")));
        }
        if (Character.isDigit(code.charAt(1))) {
            throw new MrzException("documentCode", 1, 2,
                    "document code \"" + code + "\" must end with a letter or <, not a digit");
        }
        return DocumentCode.of(stripFiller(code));
    }

    Nationality nationality(String field, int line, int from) {
        String code = text(line, from, from + 2);
        try {
            return Nationality.of(code);
        } catch (IllegalArgumentException e) {
            throw MrzException.inColumns(field, line, from, from + 2, field + " \"" + code
                    + "\" is no ICAO 9303 code: neither ISO 3166-1 alpha-3, nor D, nor one that Doc 9303 Part 3"
                    + " reserves");
        }
    }

    MrzDate date(String field, int line, int from, boolean mayBeIncomplete) {
        String text = text(line, from, from + 5);
        MrzDate date;
        try {
            date = MrzDate.of(text);
        } catch (IllegalArgumentException e) {
            throw MrzException.inColumns(field, line, from, from + 5, field + " " + e.getMessage());
        }
        if (!mayBeIncomplete && !date.isComplete()) {
            throw MrzException.inColumns(field, line, from, from + 5,
                    field + " \"" + text + "\" must be a complete date; only a date of birth may be partly unknown");
        }
        return date;
    }

    Sex sex(int line, int column) {
        Sex sex = Sex.ofMrz(at(line, column));
        if (sex == null) {
            throw new MrzException("sex", line, column,
                    "sex '" + at(line, column) + "' is none of F, M, X or <");
        }
        return sex;
    }

    /** The primary identifier (surname) and secondary identifier (given names) of a name field, '<' as spaces. */
    record Names(String surname, String givenNames) {
    }

    /** The names of a name field, ICAO Doc 9303 Part 3 section 4.6; a truncated name stays as the zone has it. */
    Names names(int line, int from, int to) {
        String field = stripFiller(text(line, from, to));
        int split = field.indexOf("<<");
        String surname = split < 0 ? field : field.substring(0, split);
        String given = split < 0 ? "" : field.substring(split + 2);
        requireName("surname", surname, line, from);
        requireName("givenNames", given, line, from + split + 2);
        return new Names(surname.replace('<', ' '), given.replace('<', ' '));
    }

    private void requireName(String field, String name, int line, int from) {
        if (field.equals("surname") && name.isEmpty()) {
            throw new MrzException(field, line, from, "the name must start with the surname, not with filler");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean doubleFiller = c == '<' && (i == 0 || name.charAt(i - 1) == '<');
            if (Character.isDigit(c) || doubleFiller) {
                throw new MrzException(field, line, from + i, field + " \"" + name.replace('<', ' ') + "\" has '"
                        + c + "' where a name has letters, one < between its parts and << once, before given names");
            }
        }
    }

    static boolean isFiller(String text) {
        return text.chars().allMatch(c -> c == '<');
    }

    static String stripFiller(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '<') {
            end--;
        }
        return text.substring(0, end);
    }
}

package org.crossings.server.travel;

/**
 * A machine-readable zone that cannot be read as ICAO Doc 9303 writes it: where it goes wrong (line and column, both
 * 1-based, 0 when the error is about the whole text or a whole field), which field, and a sentence an officer
 * understands, naming the value and, for a check digit, the digit read and the digit expected.
 */
public final class MrzException extends IllegalArgumentException {

    private final String field;
    private final int line;
    private final int column;

    MrzException(String field, int line, int column, String problem) {
        this(field, line, column, where(line, column), problem);
    }

    private MrzException(String field, int line, int column, String where, String problem) {
        super(where + ": " + problem);
        this.field = field;
        this.line = line;
        this.column = column;
    }

    /** An error about a field of several characters: the message names its columns, {@link #column()} is 0. */
    static MrzException inColumns(String field, int line, int from, int to, String problem) {
        return new MrzException(field, line, 0, "mrz line " + line + ", columns " + from + "-" + to, problem);
    }

    /** The field that is wrong ({@code "documentNumber"}, {@code "compositeCheckDigit"}, {@code "line 2"}, ...). */
    public String field() {
        return field;
    }

    /** The 1-based line of the zone, 0 when the error is about the whole text. */
    public int line() {
        return line;
    }

    /** The 1-based column of the offending character or check digit, 0 when it is not one character. */
    public int column() {
        return column;
    }

    private static String where(int line, int column) {
        if (line == 0) {
            return "mrz";
        }
        return column == 0 ? "mrz line " + line : "mrz line " + line + ", column " + column;
    }
}

package org.crossings.tlog.proof;

/** Reads a receipt line by line, counting lines so that errors can name them. */
final class ReceiptLines {

    private final String text;
    private int position;
    private int number;

    ReceiptLines(String text) {
        this.text = text;
    }

    /** The next line without its newline; a missing line or a missing newline is an error naming {@code what}. */
    String next(String what) {
        int end = text.indexOf('\n', position);
        if (end < 0) {
            throw new ReceiptException("receipt line " + (number + 1) + " (" + what + ") is missing");
        }
        String line = text.substring(position, end);
        position = end + 1;
        number++;
        return line;
    }

    /** The number of the line last returned by {@link #next}. */
    int number() {
        return number;
    }

    /** Everything after the last line read. */
    String rest() {
        return text.substring(position);
    }
}

package org.crossings.cli.verify;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Tells a person watching a long audit how far it got: entries done of the total, percent and entries per second.
 * On a terminal it rewrites one line a few times a second; otherwise (a log file, CI) it prints a line every few
 * seconds, so the output stays readable.
 */
final class Progress {

    private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long total;
    private final LongSupplier nanoTime;
    private final long start;
    private long done;
    private long lastReport;
    private boolean reported;

    Progress(PrintWriter err, boolean terminal, long total, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.total = total;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.lastReport = start;
    }

    /** Counts {@code entries} more as checked, and reports if it is time to. */
    void advance(long entries) {
        done += entries;
        long now = nanoTime.getAsLong();
        if (now - lastReport >= (terminal ? TERMINAL_EVERY_NANOS : LOG_EVERY_NANOS)) {
            lastReport = now;
            report(now);
        }
    }

    /** Ends the updating line, if one was drawn. */
    void finish() {
        if (terminal && reported) {
            report(nanoTime.getAsLong());
            err.println();
            err.flush();
        }
    }

    /** Entries per second since the start. */
    double rate() {
        double seconds = Math.max(1e-9, (nanoTime.getAsLong() - start) / 1e9);
        return done / seconds;
    }

    double seconds() {
        return (nanoTime.getAsLong() - start) / 1e9;
    }

    private void report(long now) {
        double percent = total == 0 ? 100 : 100.0 * done / total;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        String line = String.format(Locale.ROOT, "verified %,d / %,d entries (%.1f%%), %,.0f entries/s",
                done, total, percent, done / seconds);
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
        reported = true;
    }
}

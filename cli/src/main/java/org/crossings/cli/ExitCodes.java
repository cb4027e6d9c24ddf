package org.crossings.cli;

/** The exit codes every command shares, so scripts can tell a lying log from a down one. */
public final class ExitCodes {

    /** Everything verified. */
    public static final int VERIFIED = 0;
    /** Verification failed; the evidence was printed and written to a file. */
    public static final int FAILED = 1;
    /** The command line or a key was wrong. */
    public static final int USAGE = 2;
    /** The log could not be fetched; nothing was proven either way. */
    public static final int UNREACHABLE = 3;
    /** A bug in the command itself; it proves nothing about the log. */
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}

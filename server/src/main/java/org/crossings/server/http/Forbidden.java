package org.crossings.server.http;

/**
 * The caller is signed in but may not do this: for example a signatory of one party asking to act for another. Its
 * message says what was asked and whom the caller acts for.
 */
public class Forbidden extends RuntimeException {
    public Forbidden(String what) {
        super(what);
    }
}

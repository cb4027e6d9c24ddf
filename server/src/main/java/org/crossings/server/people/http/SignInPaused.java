package org.crossings.server.people.http;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in to this account, or from this address, is paused after too many failures ({@link SignInAttempts}). */
public final class SignInPaused extends LockedException {

    private final transient Instant until;

    public SignInPaused(Instant until) {
        super("sign-in is paused until " + until + " after too many failed attempts");
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}

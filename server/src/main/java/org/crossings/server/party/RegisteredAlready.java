package org.crossings.server.party;

/**
 * A party whose code is registered already: a party is registered once, and its code is never given to another.
 * Extends {@link IllegalStateException}, what registering threw before it had a type of its own.
 */
public final class RegisteredAlready extends IllegalStateException {

    private final PartyCode code;

    public RegisteredAlready(PartyCode code) {
        super("party " + code + " is registered already");
        this.code = code;
    }

    /** The code that is taken. */
    public PartyCode code() {
        return code;
    }
}

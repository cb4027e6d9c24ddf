package org.crossings.server.party;

/** The outcome of checking a party's signature against its keys: only {@link #VALID} counts. */
public enum SignatureCheck {
    VALID("the signature is valid"),
    UNKNOWN_KEY("the party has no key with this key ID"),
    KEY_NOT_VALID_AT_SIGNING("the key was not valid at the signing instant"),
    BAD_SIGNATURE("the signature does not verify with the key over these bytes");

    private final String description;

    SignatureCheck(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}

package org.crossings.server.people;

import java.util.Objects;

/** A newly issued API token with its secret, which is handed to the holder now and never again. */
public record IssuedToken(ApiToken token, ApiTokenSecret secret) {

    public IssuedToken {
        Objects.requireNonNull(token, "API token");
        Objects.requireNonNull(secret, "API token " + token.id() + ": secret");
    }
}

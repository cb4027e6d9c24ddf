package org.crossings.server.people;

import java.util.Objects;
import java.util.UUID;

/** The public id of an API token, by which it is listed and revoked; knowing it signs no one in. */
public record ApiTokenId(UUID value) {

    public ApiTokenId {
        Objects.requireNonNull(value, "API token id");
    }

    public static ApiTokenId random() {
        return new ApiTokenId(UUID.randomUUID());
    }

    public static ApiTokenId parse(String value) {
        try {
            return new ApiTokenId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("API token id \"" + value + "\" must be a UUID", e);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.crossings.server.people;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API token as it is listed: whose it is, what its holder called it, and when it was issued and revoked. A token
 * acts for its holder with all of the holder's roles; a revoked token signs no one in, ever again.
 *
 * @param revokedAt when it was revoked, {@code null} while it is valid
 */
public record ApiToken(ApiTokenId id, Username holder, String label, Instant issuedAt, Instant revokedAt) {

    public ApiToken {
        Objects.requireNonNull(id, "API token id");
        Objects.requireNonNull(holder, "API token " + id + ": holder");
        Objects.requireNonNull(issuedAt, "API token " + id + ": issued at");
        if (label == null || label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("API token " + id + ": label \"" + label
                    + "\" must be 1 to 200 characters, not blank");
        }
        if (revokedAt != null && revokedAt.isBefore(issuedAt)) {
            throw new IllegalArgumentException("API token " + id + ": revoked at " + revokedAt
                    + ", before it was issued at " + issuedAt);
        }
    }

    public Optional<Instant> revoked() {
        return Optional.ofNullable(revokedAt);
    }
}

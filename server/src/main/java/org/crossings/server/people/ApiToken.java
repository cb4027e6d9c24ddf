package org.crossings.server.people;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API token as it is listed: whose it is, what its holder called it, when it was issued, when it expires, and
 * when it was revoked. A token acts for its holder with all of the holder's roles until it expires or is revoked;
 * then it signs no one in, ever again.
 *
 * @param revokedAt when it was revoked, {@code null} while it is valid
 */
public record ApiToken(ApiTokenId id, Username holder, String label, Instant issuedAt, Instant expiresAt,
                       Instant revokedAt) {

    /** How long a token lives unless it is issued with another lifetime. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

    public ApiToken {
        Objects.requireNonNull(id, "API token id");
        Objects.requireNonNull(holder, "API token " + id + ": holder");
        Objects.requireNonNull(issuedAt, "API token " + id + ": issued at");
        Objects.requireNonNull(expiresAt, "API token " + id + ": expires at");
        if (label == null || label.isBlank() || label.length() > 200) {
            throw new IllegalArgumentException("API token " + id + ": label \"" + label
                    + "\" must be 1 to 200 characters, not blank");
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("API token " + id + ": expires at " + expiresAt
                    + ", not after it was issued at " + issuedAt);
        }
        if (revokedAt != null && revokedAt.isBefore(issuedAt)) {
            throw new IllegalArgumentException("API token " + id + ": revoked at " + revokedAt
                    + ", before it was issued at " + issuedAt);
        }
    }

    public Optional<Instant> revoked() {
        return Optional.ofNullable(revokedAt);
    }

    /** Whether the token signs its holder in at {@code now}: not expired, not revoked. */
    public boolean validAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}

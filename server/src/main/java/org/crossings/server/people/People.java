package org.crossings.server.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The people who may sign in, their password hashes and their API tokens.
 *
 * <p>Implementations MUST NOT store a password or a token secret, only a {@link PasswordHash} and the SHA-256 of
 * the secret. They MUST NOT find a person by a revoked or expired token. They need not check people against the
 * world's parties and places: callers do that ({@link Person#checkAgainst}) before adding.
 */
public interface People {

    Optional<Person> find(Username username);

    /** Everyone, ordered by username. */
    List<Person> all();

    /**
     * Adds a person with their password hash.
     *
     * @throws IllegalArgumentException if the username is taken; the existing person MUST stay unchanged
     */
    void add(Person person, PasswordHash password);

    Optional<PasswordHash> passwordHash(Username username);

    /**
     * Issues a new token for {@code holder}, valid until {@code expiresAt}; the returned secret is the only copy there
     * will ever be.
     *
     * @throws IllegalArgumentException if there is no such person, or the token would expire before it is issued
     */
    IssuedToken issueToken(Username holder, String label, Instant issuedAt, Instant expiresAt);

    /** Issues a token that lives {@link ApiToken#DEFAULT_LIFETIME}. */
    default IssuedToken issueToken(Username holder, String label, Instant issuedAt) {
        return issueToken(holder, label, issuedAt, issuedAt.plus(ApiToken.DEFAULT_LIFETIME));
    }

    /**
     * The holder of the token with this secret, if the token is valid at {@code now}: it MUST NOT find anyone by a
     * token that is unknown, expired or revoked.
     */
    Optional<Person> findByToken(ApiTokenSecret secret, Instant now);

    /** The tokens of {@code holder}, revoked ones included, oldest first. */
    List<ApiToken> tokens(Username holder);

    /**
     * Revokes a token for good. Revoking a revoked token changes nothing (it keeps its first revocation time).
     *
     * @throws IllegalArgumentException if there is no such token
     */
    void revokeToken(ApiTokenId id, Instant revokedAt);
}

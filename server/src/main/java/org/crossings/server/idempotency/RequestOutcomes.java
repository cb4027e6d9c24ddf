package org.crossings.server.idempotency;

import java.util.Optional;

/**
 * The requests sent with an {@code Idempotency-Key}, per caller, and their answers.
 *
 * <p>Contract: {@link #claim} MUST be atomic: of concurrent claims of one caller's key exactly one is {@link
 * Claim.First}. An outcome once {@link #complete completed} MUST be kept durably until it expires. {@link #release}
 * MUST make the key claimable again (the first request acknowledged nothing).
 */
public interface RequestOutcomes {

    /** What a claim found. */
    sealed interface Claim {
        /** No request with this key was seen: go on, then complete or release it. */
        record First() implements Claim {
        }

        /** The key came with another request before. */
        record OtherRequest() implements Claim {
        }

        /** The first request with this key is still being answered. */
        record InFlight() implements Claim {
        }

        /** The first request's answer. */
        record Answered(Outcome outcome) implements Claim {
        }
    }

    /** @param request the digest of the request: method, path, content type and body */
    Claim claim(String caller, IdempotencyKey key, byte[] request);

    void complete(String caller, IdempotencyKey key, Outcome outcome);

    void release(String caller, IdempotencyKey key);

    /** The stored answer, if the key's request was answered. */
    Optional<Outcome> find(String caller, IdempotencyKey key);
}

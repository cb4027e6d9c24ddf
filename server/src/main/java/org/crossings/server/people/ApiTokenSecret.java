package org.crossings.server.people;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The secret of an API token, sent as {@code Authorization: Bearer crx_...}: the prefix {@code crx_} (so secret
 * scanners can spot a leaked one) and 32 random bytes in unpadded base64url. It is shown to its holder once; stores
 * keep only its {@link #sha256() SHA-256}, which is enough to find it again because the secret is random.
 */
public record ApiTokenSecret(String value) {

    public static final String PREFIX = "crx_";
    private static final String FORM = "crx_[A-Za-z0-9_-]{43}";
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiTokenSecret {
        Objects.requireNonNull(value, "API token");
        if (!value.matches(FORM)) {
            // the value is not echoed: it may be a real secret with a typo
            throw new IllegalArgumentException("API token must be \"crx_\" and 43 base64url characters");
        }
    }

    public static ApiTokenSecret generate() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return new ApiTokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random));
    }

    /** Whether {@code value} has the form of a secret; anything else is not worth a database lookup. */
    public static boolean isWellFormed(String value) {
        return value != null && value.matches(FORM);
    }

    /** What stores keep instead of the secret. */
    public byte[] sha256() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Never the secret itself, so that it cannot leak into logs. */
    @Override
    public String toString() {
        return "ApiTokenSecret[crx_...]";
    }
}

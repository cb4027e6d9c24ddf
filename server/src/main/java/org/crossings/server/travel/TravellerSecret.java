package org.crossings.server.travel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;
import org.crossings.tlog.merkle.Hash;

/**
 * The traveller's secret: with their case reference, it opens their receipt to them and to no one else who merely
 * knows the reference. Twenty-six random characters of the reference's alphabet (about 127 bits), such as
 * {@code 7QMXD4HRGK2NPTV9WBC3SEFJYA}; given to the traveller once, when they pre-register or, if they did not, when the
 * front office takes them in. This node keeps only its SHA-256 hash ({@link #hash()}); a secret this long and this
 * random needs no slow password hash, and its hash tells nothing of it.
 */
public record TravellerSecret(String value) {

    private static final int LENGTH = 26;
    private static final SecureRandom RANDOM = new SecureRandom();

    public TravellerSecret {
        Objects.requireNonNull(value, "secret");
        if (value.length() != LENGTH || !value.chars().allMatch(c -> CaseReference.ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("secret \"" + value + "\" must be " + LENGTH + " characters of "
                    + CaseReference.ALPHABET);
        }
    }

    public static TravellerSecret of(String value) {
        return new TravellerSecret(value);
    }

    public static TravellerSecret random() {
        StringBuilder secret = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            secret.append(CaseReference.ALPHABET.charAt(RANDOM.nextInt(CaseReference.ALPHABET.length())));
        }
        return new TravellerSecret(secret.toString());
    }

    /** What is kept of the secret: SHA-256 of its characters. */
    public Hash hash() {
        try {
            return Hash.of(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether this is the secret whose hash was kept; compared in constant time. */
    public boolean matches(Hash kept) {
        return MessageDigest.isEqual(hash().bytes(), kept.bytes());
    }

    /** Never the secret itself: a record's default would print it into any log line that names it. */
    @Override
    public String toString() {
        return "TravellerSecret[hidden]";
    }
}

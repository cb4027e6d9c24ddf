package org.crossings.server.journal.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.crossings.server.journal.follow.OwedPayloads;
import org.crossings.tlog.merkle.Hash;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Private payloads, each with its salt, keyed by {@code SHA-256(salt || payload)}, the digest its envelope carries.
 * The random salt keeps a guessable payload (a name, a date of birth) from being confirmed by hashing guesses.
 */
final class Payloads implements org.crossings.server.journal.PrivatePayloads, OwedPayloads {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final RecentlyWritten<Hash> kept = new RecentlyWritten<>();

    Payloads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the payload durably (its commit waits for the disk) and returns its digest. */
    Hash keep(byte[] payload) {
        return keepAll(List.of(payload)).getFirst();
    }

    /** Keeps payloads durably, each under its own salt, in one statement; returns their digests in order. */
    List<Hash> keepAll(List<byte[]> parts) {
        List<Hash> digests = new java.util.ArrayList<>(parts.size());
        List<Object> params = new java.util.ArrayList<>(parts.size() * 3);
        for (byte[] payload : parts) {
            byte[] salt = new byte[16];
            RANDOM.nextBytes(salt);
            Hash digest = digest(salt, payload);
            digests.add(digest);
            params.addAll(List.of(digest.bytes(), salt, payload));
        }
        jdbc.sql("INSERT INTO journal_payloads (digest, salt, payload) VALUES "
                        + String.join(", ", java.util.Collections.nCopies(parts.size(), "(?, ?, ?)")))
                .params(params)
                .update();
        for (int i = 0; i < parts.size(); i++) {
            kept.put(digests.get(i), parts.get(i));
        }
        return digests;
    }

    /**
     * The payloads of these digests that this node holds: those this process has just kept from memory, the others in
     * one query.
     */
    @Override
    public Map<Hash, byte[]> payloads(Collection<Hash> digests) {
        Map<Hash, byte[]> found = new HashMap<>();
        List<Hash> elsewhere = new java.util.ArrayList<>();
        for (Hash digest : digests) {
            byte[] payload = kept.take(digest);
            if (payload != null) {
                found.put(digest, payload);
            } else {
                elsewhere.add(digest);
            }
        }
        if (elsewhere.isEmpty()) {
            return found;
        }
        byte[][] keys = elsewhere.stream().map(Hash::bytes).toArray(byte[][]::new);
        jdbc.sql("SELECT digest, payload FROM journal_payloads WHERE digest = ANY(?)")
                .param(keys)
                .query((java.sql.ResultSet row) -> {
                    found.put(Hash.of(row.getBytes(1)), row.getBytes(2));
                });
        return found;
    }

    @Override
    public Optional<Salted> find(Hash digest) {
        return jdbc.sql("SELECT salt, payload FROM journal_payloads WHERE digest = ?")
                .param(digest.bytes())
                .query((row, n) -> new Salted(row.getBytes(1), row.getBytes(2)))
                .optional();
    }

    static Hash digest(byte[] salt, byte[] payload) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return Hash.of(sha256.digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

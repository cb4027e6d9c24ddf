package org.crossings.server.journal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crossings.tlog.note.KeyId;

/**
 * The envelope signatures this process has just made, so that its own follow side need not verify them again: a
 * signature this process made over these very bytes with the key of this id is valid, and Ed25519 verification is
 * the dearest step of applying an entry. Whether the key was the actor's at the envelope's time is still checked as
 * for any entry; only the arithmetic is skipped. Any other node verifies the same signature and finds it valid, so
 * every node sets aside the same entries.
 *
 * <p>Bounded, oldest forgotten first; each is forgotten once it has vouched, since an entry is applied once (a rebuild
 * verifies everything).
 */
public final class SignaturesMade {

    private static final int MOST = 1_024;

    private final Map<String, String> made = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MOST;
        }
    };

    /** Remembers that this process signed {@code signed} with the key {@code key}, making {@code signature}. */
    public synchronized void made(byte[] signed, KeyId key, byte[] signature) {
        made.put(HexFormat.of().formatHex(signature), key.hex() + ":" + digest(signed));
    }

    /** True if this process made exactly this signature over exactly these bytes with this key; forgets it then. */
    public synchronized boolean vouchesFor(byte[] signed, KeyId key, byte[] signature) {
        String expected = made.get(HexFormat.of().formatHex(signature));
        if (expected == null || !expected.equals(key.hex() + ":" + digest(signed))) {
            return false;
        }
        made.remove(HexFormat.of().formatHex(signature));
        return true;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

package org.crossings.tlog.note;

/**
 * A known public key that checks note signatures.
 *
 * <p>Implementations MUST NOT throw for a signature of the wrong length or content: they return {@code false}.
 */
public interface NoteVerifier {

    String name();

    KeyId keyId();

    /**
     * @param message   the note text (UTF-8 bytes, including its final newline)
     * @param signature the signature bytes after the 4-byte key ID
     */
    boolean verify(byte[] message, byte[] signature);
}

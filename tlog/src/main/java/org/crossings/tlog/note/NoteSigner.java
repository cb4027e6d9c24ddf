package org.crossings.tlog.note;

/**
 * A key that signs note texts.
 *
 * <p>Implementations MUST return the same name and key ID for every call, and MUST return only the signature
 * bytes (without the key ID prefix, which {@link Notes} adds).
 */
public interface NoteSigner {

    /** The key name written on the signature line; non-empty, without spaces or '+'. */
    String name();

    KeyId keyId();

    /** Signs the note text (UTF-8 bytes, including its final newline). */
    byte[] sign(byte[] message);
}

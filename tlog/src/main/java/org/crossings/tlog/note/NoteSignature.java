package org.crossings.tlog.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * One signature line of a note: {@code — <key name> base64(key ID || signature)}, verified or not.
 *
 * <p>The base64 text is kept as received so that a note re-encodes byte for byte.
 */
public record NoteSignature(String name, KeyId keyId, String base64) {

    /** The signature line prefix: em dash (U+2014) and a space. */
    public static final String PREFIX = "\u2014 ";

    public NoteSignature {
        requireValidKeyName("signature key name", name);
        Objects.requireNonNull(keyId, "keyId");
        byte[] blob = StrictBase64.decode("signature of \"" + name + "\"", base64);
        if (blob.length < 5) {
            throw new NoteException("signature of \"" + name + "\" is " + blob.length
                    + " bytes; it must be a 4-byte key ID and at least 1 signature byte");
        }
        KeyId prefix = new KeyId(ByteBuffer.wrap(blob).getInt());
        if (!prefix.equals(keyId)) {
            throw new NoteException("signature of \"" + name + "\" starts with key ID " + prefix + ", not " + keyId);
        }
    }

    /** A signature made now by a key: the blob is the key ID followed by the signature bytes. */
    public static NoteSignature of(String name, KeyId keyId, byte[] signature) {
        byte[] blob = new byte[4 + signature.length];
        System.arraycopy(keyId.bytes(), 0, blob, 0, 4);
        System.arraycopy(signature, 0, blob, 4, signature.length);
        return new NoteSignature(name, keyId, StrictBase64.encode(blob));
    }

    /** Parses one signature line, without its newline. */
    public static NoteSignature parseLine(String line) {
        if (!line.startsWith(PREFIX)) {
            throw new NoteException("signature line \"" + line + "\" must start with an em dash (U+2014) and a space");
        }
        String rest = line.substring(PREFIX.length());
        int space = rest.indexOf(' ');
        if (space < 0) {
            throw new NoteException("signature line \"" + line + "\" must be \"\u2014 <key name> <base64 signature>\"");
        }
        String name = rest.substring(0, space);
        String base64 = rest.substring(space + 1);
        requireValidKeyName("signature line \"" + line + "\": key name", name);
        byte[] blob = StrictBase64.decode("signature line \"" + line + "\": signature", base64);
        if (blob.length < 4) {
            throw new NoteException("signature line \"" + line + "\": signature is shorter than its 4-byte key ID");
        }
        return new NoteSignature(name, new KeyId(ByteBuffer.wrap(blob).getInt()), base64);
    }

    /** The signature bytes after the key ID. */
    public byte[] signature() {
        byte[] blob = Base64.getDecoder().decode(base64);
        return Arrays.copyOfRange(blob, 4, blob.length);
    }

    /** The line as it appears in a note, without the newline. */
    public String line() {
        return PREFIX + name + " " + base64;
    }

    /** Whether this signature claims to be by the given key (same name and same key ID). */
    public boolean isBy(String keyName, KeyId id) {
        return name.equals(keyName) && keyId.equals(id);
    }

    /**
     * Key names must be non-empty and contain neither Unicode spaces nor '+' (the signed-note rule); we also refuse
     * control characters, which can never appear in a note.
     */
    public static boolean isValidKeyName(String name) {
        return name != null && !name.isEmpty() && name.codePoints().noneMatch(NoteSignature::forbiddenInName);
    }

    static void requireValidKeyName(String what, String name) {
        if (!isValidKeyName(name)) {
            throw new NoteException(what + " \"" + name + "\" must be non-empty, without spaces, '+' or control characters");
        }
    }

    private static boolean forbiddenInName(int c) {
        return c == '+' || c < 0x20 || c == 0x85 || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE;
    }
}

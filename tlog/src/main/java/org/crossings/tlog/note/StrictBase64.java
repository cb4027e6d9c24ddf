package org.crossings.tlog.note;

import java.util.Base64;

/**
 * Standard, padded base64 (RFC 4648 section 4) that accepts only the canonical encoding.
 *
 * <p>{@link java.util.Base64.Decoder} alone accepts missing padding and non-zero trailing bits; a signed format must
 * not, or two different strings would carry the same signature or hash.
 */
public final class StrictBase64 {

    private StrictBase64() {
    }

    /**
     * Decodes {@code value}, or throws {@link NoteException} naming {@code what}, e.g.
     * {@code signature "x08g" is not canonical padded base64}.
     */
    public static byte[] decode(String what, String value) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new NoteException(what + " \"" + value + "\" is not base64: " + e.getMessage(), e);
        }
        if (!Base64.getEncoder().encodeToString(bytes).equals(value)) {
            throw new NoteException(what + " \"" + value + "\" is not canonical padded base64");
        }
        return bytes;
    }

    public static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}

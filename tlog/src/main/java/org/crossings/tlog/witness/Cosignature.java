package org.crossings.tlog.witness;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.crossings.tlog.note.NoteException;

/**
 * The {@code timestamped_signature} of an Ed25519 cosignature: a big-endian u64 POSIX time and a 64-byte signature
 * over {@code "cosignature/v1\ntime <t>\n"} followed by the checkpoint body.
 *
 * @param timestamp seconds since the epoch at which the witness cosigned; at most 2^63 - 1, as the spec requires
 */
public record Cosignature(long timestamp, byte[] signature) {

    /** Length of the signature bytes after the key ID: 8-byte timestamp and 64-byte Ed25519 signature. */
    public static final int SIZE = 8 + 64;

    public Cosignature {
        if (timestamp < 0) {
            throw new NoteException("cosignature timestamp " + Long.toUnsignedString(timestamp)
                    + " exceeds 2^63 - 1");
        }
        if (signature.length != 64) {
            throw new NoteException("cosignature Ed25519 signature must be 64 bytes, it is " + signature.length);
        }
        signature = signature.clone();
    }

    /** Parses the signature bytes that follow the key ID in a note signature. */
    public static Cosignature parse(byte[] bytes) {
        if (bytes.length != SIZE) {
            throw new NoteException("cosignature must be " + SIZE + " bytes (timestamp and Ed25519 signature), it is "
                    + bytes.length);
        }
        return new Cosignature(ByteBuffer.wrap(bytes).getLong(), Arrays.copyOfRange(bytes, 8, SIZE));
    }

    /** The message a cosigner signs for a checkpoint body at a time. */
    public static byte[] message(long timestamp, byte[] checkpointBody) {
        byte[] header = ("cosignature/v1\ntime " + timestamp + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] message = Arrays.copyOf(header, header.length + checkpointBody.length);
        System.arraycopy(checkpointBody, 0, message, header.length, checkpointBody.length);
        return message;
    }

    public Instant time() {
        return Instant.ofEpochSecond(timestamp);
    }

    /** Timestamp then signature, as carried in the note signature after the key ID. */
    public byte[] bytes() {
        return ByteBuffer.allocate(SIZE).putLong(timestamp).put(signature).array();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cosignature other && timestamp == other.timestamp
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(timestamp) * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return "Cosignature[time=" + timestamp + "]";
    }
}

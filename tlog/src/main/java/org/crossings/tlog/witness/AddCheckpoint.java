package org.crossings.tlog.witness;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.Note;

/**
 * The body of a C2SP tlog-witness add-checkpoint request: the size of the tree the log believes the witness last
 * cosigned, a consistency proof from that size to the checkpoint, and the checkpoint note itself.
 *
 * @param oldSize the size the log believes the witness last cosigned for this origin
 * @param proof   the consistency proof hashes from {@code oldSize} to the checkpoint's size, at most 63
 * @param note    the signed checkpoint note, not yet verified
 */
public record AddCheckpoint(long oldSize, List<Hash> proof, Note note) {

    /** The most hashes a consistency proof of a tree of at most 2^63 - 1 leaves can have. */
    public static final int MAX_PROOF_HASHES = 63;

    public AddCheckpoint {
        if (oldSize < 0) {
            throw new WitnessRequestException("old size " + oldSize + " is negative");
        }
        if (proof.size() > MAX_PROOF_HASHES) {
            throw new WitnessRequestException("consistency proof has " + proof.size() + " hashes, more than "
                    + MAX_PROOF_HASHES);
        }
        proof = List.copyOf(proof);
        Objects.requireNonNull(note, "note");
    }

    /**
     * Parses {@code "old <size>\n"}, one base64 hash per line, an empty line, then the note, strictly: a size in
     * canonical decimal, hashes of exactly 32 bytes in canonical base64, valid UTF-8.
     *
     * @throws WitnessRequestException if the body is malformed (the witness answers 400)
     */
    public static AddCheckpoint parse(byte[] body) {
        String text = utf8(body);
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new WitnessRequestException("no empty line between the proof and the checkpoint");
        }
        String[] lines = text.substring(0, blank).split("\n", -1);
        long oldSize = oldSize(lines[0]);
        List<Hash> proof = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            proof.add(hash(lines[i], i + 1));
        }
        try {
            return new AddCheckpoint(oldSize, proof, Note.parse(text.substring(blank + 2)));
        } catch (RuntimeException e) {
            throw e instanceof WitnessRequestException w ? w
                    : new WitnessRequestException("checkpoint note: " + e.getMessage(), e);
        }
    }

    private static long oldSize(String line) {
        if (!line.startsWith("old ") || !line.substring(4).matches("0|[1-9][0-9]{0,18}")) {
            throw new WitnessRequestException("line 1 is not \"old <size>\" in decimal: \"" + line + "\"");
        }
        try {
            return Long.parseLong(line.substring(4));
        } catch (NumberFormatException e) {
            throw new WitnessRequestException("old size " + line.substring(4) + " exceeds 2^63 - 1", e);
        }
    }

    private static Hash hash(String line, int number) {
        try {
            Hash hash = Hash.fromBase64(line);
            if (!hash.base64().equals(line)) {
                throw new IllegalArgumentException("not canonical base64");
            }
            return hash;
        } catch (RuntimeException e) {
            throw new WitnessRequestException("line " + number + " is not a base64 hash: \"" + line + "\"", e);
        }
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new WitnessRequestException("body is not valid UTF-8", e);
        }
    }
}

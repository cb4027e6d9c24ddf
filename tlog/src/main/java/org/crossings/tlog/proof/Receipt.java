package org.crossings.tlog.proof;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.CheckpointException;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.Note;
import org.crossings.tlog.note.NoteException;
import org.crossings.tlog.note.StrictBase64;

/**
 * A tlog-proof: {@code c2sp.org/tlog-proof@v1}, optional {@code extra <base64>}, {@code index <n>}, the inclusion
 * proof (one base64 hash a line, leaf's sibling first), a blank line, then the checkpoint note verbatim.
 *
 * <p>Parsing checks only the form; {@link ReceiptVerifier} checks the signatures and the proof. The extra data is
 * not authenticated and must not be trusted for anything the proof does not cover.
 *
 * @param extra unauthenticated application data, absent or non-empty
 */
public record Receipt(Optional<byte[]> extra, long index, List<Hash> proof, SignedCheckpoint checkpoint) {

    public static final String HEADER = "c2sp.org/tlog-proof@v1";

    /** No tree below 2^63 leaves has a longer inclusion path; more lines can only be an attack or a mistake. */
    public static final int MAX_PROOF_HASHES = 63;

    public Receipt {
        Objects.requireNonNull(extra, "extra");
        extra = extra.map(byte[]::clone);
        if (extra.isPresent() && extra.get().length == 0) {
            throw new ReceiptException("receipt extra data, when present, must not be empty");
        }
        if (index < 0) {
            throw new ReceiptException("receipt index " + index + " must not be negative");
        }
        proof = List.copyOf(proof);
        if (proof.size() > MAX_PROOF_HASHES) {
            throw new ReceiptException("receipt has " + proof.size() + " proof hashes, more than " + MAX_PROOF_HASHES);
        }
        Objects.requireNonNull(checkpoint, "checkpoint");
    }

    public Receipt(long index, List<Hash> proof, SignedCheckpoint checkpoint) {
        this(Optional.empty(), index, proof, checkpoint);
    }

    /** Parses a receipt from its UTF-8 bytes (a {@code .tlog-proof} file). */
    public static Receipt parse(byte[] utf8) {
        try {
            return parse(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString());
        } catch (CharacterCodingException e) {
            throw new ReceiptException("receipt is not valid UTF-8: " + e.getMessage(), e);
        }
    }

    public static Receipt parse(String text) {
        ReceiptLines lines = new ReceiptLines(Objects.requireNonNull(text, "receipt"));
        String header = lines.next("header");
        if (!header.equals(HEADER)) {
            throw new ReceiptException("receipt line 1 (header) \"" + header + "\" must be \"" + HEADER + "\"");
        }
        String line = lines.next("index");
        Optional<byte[]> extra = Optional.empty();
        if (line.startsWith("extra ")) {
            extra = Optional.of(decode(lines.number(), "extra data", line.substring("extra ".length())));
            line = lines.next("index");
        }
        long index = parseIndex(lines.number(), line);
        List<Hash> proof = new ArrayList<>();
        for (line = lines.next("blank line before the checkpoint"); !line.isEmpty();
                line = lines.next("blank line before the checkpoint")) {
            proof.add(parseHash(lines.number(), line));
        }
        return new Receipt(extra, index, proof, parseCheckpoint(lines.number() + 1, lines.rest()));
    }

    /**
     * Splits a file of receipts one after another (a traveller's case has one per log entry) into the text of each:
     * every line that is exactly the {@link #HEADER} begins a receipt. A file of one receipt gives one.
     *
     * @throws ReceiptException if the text does not begin with the header
     */
    public static List<String> split(String text) {
        Objects.requireNonNull(text, "receipts");
        if (!text.startsWith(HEADER + "\n")) {
            throw new ReceiptException("receipt line 1 (header) must be \"" + HEADER + "\"");
        }
        List<String> receipts = new ArrayList<>();
        int start = 0;
        int next;
        while ((next = text.indexOf("\n" + HEADER + "\n", start)) >= 0) {
            receipts.add(text.substring(start, next + 1));
            start = next + 1;
        }
        receipts.add(text.substring(start));
        return receipts;
    }

    /** The receipt text; {@code parse(encode())} gives back an equal receipt. */
    public String encode() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        extra.ifPresent(bytes -> out.append("extra ").append(StrictBase64.encode(bytes)).append('\n'));
        out.append("index ").append(index).append('\n');
        proof.forEach(hash -> out.append(hash.base64()).append('\n'));
        return out.append('\n').append(checkpoint.encode()).toString();
    }

    private static long parseIndex(int number, String line) {
        String value = line.startsWith("index ") ? line.substring("index ".length()) : null;
        if (value == null || !value.matches("0|[1-9][0-9]*")) {
            throw new ReceiptException("receipt line " + number + " (index) \"" + line
                    + "\" must be \"index \" and a decimal number without sign or leading zeros");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ReceiptException("receipt line " + number + " (index) \"" + line + "\" is larger than "
                    + Long.MAX_VALUE, e);
        }
    }

    private static Hash parseHash(int number, String line) {
        byte[] bytes = decode(number, "proof hash", line);
        if (bytes.length != Hash.SIZE) {
            throw new ReceiptException("receipt line " + number + " (proof hash) \"" + line + "\" is " + bytes.length
                    + " bytes, a SHA-256 hash is " + Hash.SIZE);
        }
        return Hash.of(bytes);
    }

    private static byte[] decode(int number, String what, String value) {
        try {
            return StrictBase64.decode("receipt line " + number + " (" + what + ")", value);
        } catch (NoteException e) {
            throw new ReceiptException(e.getMessage(), e);
        }
    }

    private static SignedCheckpoint parseCheckpoint(int firstLine, String note) {
        try {
            Note parsed = Note.parse(note);
            return new SignedCheckpoint(Checkpoint.parse(parsed.text()), parsed);
        } catch (NoteException | CheckpointException e) {
            throw new ReceiptException("receipt checkpoint (from line " + firstLine + "): " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<byte[]> extra() {
        return extra.map(byte[]::clone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Receipt other && index == other.index && proof.equals(other.proof)
                && checkpoint.equals(other.checkpoint) && extra.isPresent() == other.extra.isPresent()
                && Arrays.equals(extra.orElse(null), other.extra.orElse(null));
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, proof, checkpoint, extra.map(Arrays::hashCode).orElse(0));
    }

    @Override
    public String toString() {
        return "Receipt[index=" + index + ", proof=" + proof.size() + " hashes, checkpoint="
                + checkpoint.checkpoint().origin() + "@" + checkpoint.checkpoint().size() + "]";
    }
}

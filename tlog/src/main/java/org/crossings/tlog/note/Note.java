package org.crossings.tlog.note;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A signed note as it travels: a text ending in a newline, a blank line, then one or more signature lines.
 *
 * <p>A parsed note is only well-formed, not trusted: its text must be ignored until {@link Notes#open} has verified
 * a signature by a known key. {@link #encode()} gives back the exact input of {@link #parse(String)}.
 */
public record Note(String text, List<NoteSignature> signatures) {

    /**
     * The most signature lines we read. The spec requires at least 16; 100 is the Go reference's limit, which keeps
     * a hostile note from costing us unbounded verification work.
     */
    public static final int MAX_SIGNATURES = 100;

    public Note {
        requireValidText(text);
        signatures = List.copyOf(signatures);
        if (signatures.isEmpty()) {
            throw new NoteException("a signed note needs at least one signature line, the note has none");
        }
        if (signatures.size() > MAX_SIGNATURES) {
            throw new NoteException("note has " + signatures.size() + " signature lines, more than the limit of "
                    + MAX_SIGNATURES);
        }
    }

    /** Parses a note from its UTF-8 bytes, refusing invalid UTF-8 rather than replacing it. */
    public static Note parse(byte[] utf8) {
        try {
            return parse(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8)).toString());
        } catch (CharacterCodingException e) {
            throw new NoteException("note is not valid UTF-8: " + e.getMessage(), e);
        }
    }

    /** Parses a note; the text is everything up to the last blank line, the rest must be signature lines. */
    public static Note parse(String note) {
        Objects.requireNonNull(note, "note");
        requireNoControlCharacters("note", note);
        int split = note.lastIndexOf("\n\n");
        if (split < 0) {
            throw new NoteException("note has no blank line separating its text from its signature lines");
        }
        String text = note.substring(0, split + 1);
        String block = note.substring(split + 2);
        if (block.isEmpty()) {
            throw new NoteException("note has no signature lines after its last blank line");
        }
        if (!block.endsWith("\n")) {
            throw new NoteException("note's last signature line must end with a newline");
        }
        return new Note(text, parseSignatureLines(text, block));
    }

    /** The note as it travels: text, blank line, one line per signature. */
    public String encode() {
        StringBuilder out = new StringBuilder(text).append('\n');
        for (NoteSignature signature : signatures) {
            out.append(signature.line()).append('\n');
        }
        return out.toString();
    }

    /** The UTF-8 bytes that signatures are made over. */
    public byte[] message() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<NoteSignature> parseSignatureLines(String text, String block) {
        String[] lines = block.substring(0, block.length() - 1).split("\n", -1);
        if (lines.length > MAX_SIGNATURES) {
            throw new NoteException("note has " + lines.length + " signature lines, more than the limit of "
                    + MAX_SIGNATURES);
        }
        int firstLine = (int) text.chars().filter(c -> c == '\n').count() + 2;
        List<NoteSignature> signatures = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            try {
                signatures.add(NoteSignature.parseLine(lines[i]));
            } catch (NoteException e) {
                throw new NoteException("note line " + (firstLine + i) + ": " + e.getMessage(), e);
            }
        }
        return signatures;
    }

    static void requireValidText(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.endsWith("\n")) {
            throw new NoteException("note text must end with a newline, it ends with \""
                    + text.substring(Math.max(0, text.length() - 20)) + "\"");
        }
        requireNoControlCharacters("note text", text);
    }

    private static void requireNoControlCharacters(String what, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new NoteException(what + " contains control character U+%04X at offset %d".formatted((int) c, i));
            }
            if (Character.isSurrogate(c) && !isPairedSurrogate(value, i)) {
                throw new NoteException(what + " contains an unpaired surrogate at offset " + i + ", not valid UTF-8");
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
    }

    private static boolean isPairedSurrogate(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }
}

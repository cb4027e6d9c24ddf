package org.crossings.tlog.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.NoteException;
import org.crossings.tlog.note.StrictBase64;

/**
 * A log's tree head as a checkpoint note body: origin, tree size, root hash, then optional extension lines.
 *
 * @param origin     the log's identity; any non-empty line (sum.golang.org's is "go.sum database tree")
 * @param size       the number of leaves
 * @param root       the RFC 6962 root hash at that size
 * @param extensions opaque non-empty lines after the root; their use is NOT RECOMMENDED by the spec
 */
public record Checkpoint(String origin, long size, Hash root, List<String> extensions) {

    public Checkpoint {
        requireLine(1, "origin", origin);
        if (size < 0) {
            throw new CheckpointException("checkpoint tree size " + size + " must not be negative");
        }
        Objects.requireNonNull(root, "checkpoint root hash");
        extensions = List.copyOf(extensions);
        for (int i = 0; i < extensions.size(); i++) {
            requireLine(4 + i, "extension", extensions.get(i));
        }
    }

    public Checkpoint(String origin, long size, Hash root) {
        this(origin, size, root, List.of());
    }

    /** Parses a checkpoint body (the note text, final newline included). */
    public static Checkpoint parse(String text) {
        Objects.requireNonNull(text, "checkpoint text");
        if (!text.endsWith("\n")) {
            throw new CheckpointException("checkpoint text must end with a newline; line "
                    + text.split("\n", -1).length + " does not");
        }
        String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
        String origin = line(lines, 1, "origin");
        requireLine(1, "origin", origin);
        long size = parseSize(line(lines, 2, "tree size"));
        Hash root = parseRoot(line(lines, 3, "root hash"));
        List<String> extensions = new ArrayList<>();
        for (int i = 3; i < lines.length; i++) {
            extensions.add(lines[i]);
        }
        return new Checkpoint(origin, size, root, extensions);
    }

    /** The note body: each line followed by a newline. */
    public String text() {
        StringBuilder text = new StringBuilder()
                .append(origin).append('\n')
                .append(size).append('\n')
                .append(root.base64()).append('\n');
        extensions.forEach(line -> text.append(line).append('\n'));
        return text.toString();
    }

    private static String line(String[] lines, int number, String what) {
        if (lines.length < number) {
            throw new CheckpointException("checkpoint line " + number + " (" + what + ") is missing");
        }
        return lines[number - 1];
    }

    private static long parseSize(String value) {
        if (!value.matches("0|[1-9][0-9]*")) {
            throw new CheckpointException("checkpoint line 2 (tree size) \"" + value
                    + "\" must be a decimal number without sign or leading zeros");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new CheckpointException("checkpoint line 2 (tree size) \"" + value + "\" is larger than "
                    + Long.MAX_VALUE, e);
        }
    }

    private static Hash parseRoot(String value) {
        byte[] bytes;
        try {
            bytes = StrictBase64.decode("checkpoint line 3 (root hash)", value);
        } catch (NoteException e) {
            throw new CheckpointException(e.getMessage(), e);
        }
        if (bytes.length != Hash.SIZE) {
            throw new CheckpointException("checkpoint line 3 (root hash) \"" + value + "\" is " + bytes.length
                    + " bytes, a SHA-256 hash is " + Hash.SIZE);
        }
        return Hash.of(bytes);
    }

    private static void requireLine(int number, String what, String value) {
        Objects.requireNonNull(value, "checkpoint " + what);
        if (value.isEmpty()) {
            throw new CheckpointException("checkpoint line " + number + " (" + what + ") must not be empty");
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < 0x20) {
                throw new CheckpointException("checkpoint line " + number + " (" + what + ") \"" + value
                        + "\" contains control character U+%04X".formatted((int) value.charAt(i)));
            }
        }
    }
}

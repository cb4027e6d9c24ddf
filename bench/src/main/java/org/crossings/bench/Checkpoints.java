package org.crossings.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.note.Note;

/** Reads what a benchmark log signed. */
final class Checkpoints {

    private Checkpoints() {
    }

    /** The base64 root hash in the log's checkpoint file. */
    static String root(StaticLog log) {
        try {
            String note = Files.readString(log.directory().resolve("checkpoint"));
            return Checkpoint.parse(Note.parse(note).text()).root().base64();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

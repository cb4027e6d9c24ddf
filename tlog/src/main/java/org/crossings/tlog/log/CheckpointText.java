package org.crossings.tlog.log;

import java.util.Base64;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.note.Note;

/** Placeholder for the checkpoint package: the body of a tlog-checkpoint note (origin, size, base64 root). */
record CheckpointText(String origin, long size, Hash root) {

    static String of(String origin, long size, Hash root) {
        return origin + "\n" + size + "\n" + root.base64() + "\n";
    }

    static CheckpointText parse(String note) {
        String[] lines = Note.parse(note).text().split("\n");
        return new CheckpointText(lines[0], Long.parseLong(lines[1]), new Hash(Base64.getDecoder().decode(lines[2])));
    }
}

package org.crossings.tlog.witness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.note.NoteException;
import org.crossings.tlog.note.NoteVerifier;

/**
 * The logs a witness witnesses, read from a text file of lines {@code log <origin> <verifier key>}: the origin as
 * on line 1 of the log's checkpoints, the log's Ed25519 note verifier key ({@code name+keyid+base64}). An origin
 * may be listed on several lines, one per key; empty lines and lines starting with {@code #} are ignored.
 */
public final class WitnessedLogs {

    private WitnessedLogs() {
    }

    /**
     * @return origin to the log's verifier keys, in file order
     * @throws IllegalArgumentException naming the line that is malformed
     */
    public static Map<String, List<NoteVerifier>> parse(String text) {
        Map<String, List<NoteVerifier>> logs = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length != 3 || !fields[0].equals("log")) {
                throw new IllegalArgumentException("line " + (i + 1) + " is not \"log <origin> <verifier key>\"");
            }
            logs.computeIfAbsent(fields[1], o -> new ArrayList<>()).add(key(fields[2], i + 1));
        }
        if (logs.isEmpty()) {
            throw new IllegalArgumentException("no log is listed");
        }
        return logs;
    }

    private static NoteVerifier key(String vkey, int line) {
        try {
            return Ed25519NoteVerifier.parse(vkey);
        } catch (NoteException e) {
            throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
        }
    }
}

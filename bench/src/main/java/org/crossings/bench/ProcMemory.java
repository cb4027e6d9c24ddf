package org.crossings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A Linux process's memory, in KiB, from {@code /proc/<pid>/status} and {@code /proc/<pid>/smaps_rollup}. */
final class ProcMemory {

    private ProcMemory() {
    }

    /** The {@code Vm*} and {@code Rss*} lines of {@code /proc/<pid>/status}; empty if the process is gone. */
    static Map<String, Long> status(long pid) throws IOException {
        return kibLines(Path.of("/proc", Long.toString(pid), "status"));
    }

    /** Proportional set size: each shared page counted once across the processes sharing it. */
    static long pss(long pid) throws IOException {
        return kibLines(Path.of("/proc", Long.toString(pid), "smaps_rollup")).getOrDefault("Pss", 0L);
    }

    private static Map<String, Long> kibLines(Path file) throws IOException {
        Map<String, Long> values = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException gone) {
            return values;
        }
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            if (parts.length == 3 && parts[0].endsWith(":") && parts[2].equals("kB")) {
                values.put(parts[0].substring(0, parts[0].length() - 1), Long.parseLong(parts[1]));
            }
        }
        return values;
    }
}

package org.crossings.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Where a failed verification's evidence is kept, so it outlives the terminal it was printed on. */
public final class EvidenceFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private EvidenceFile() {
    }

    /** A new file name in {@code directory} for evidence about {@code subject} at {@code time}. */
    public static Path in(Path directory, String subject, Instant time) {
        String name = "evidence-" + fileName(subject) + "-" + STAMP.format(time);
        Path file = directory.resolve(name + ".txt");
        for (int n = 2; Files.exists(file); n++) {
            file = directory.resolve(name + "-" + n + ".txt");
        }
        return file;
    }

    /** Writes the evidence, creating the directory if needed. */
    public static void write(Path file, String evidence) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, evidence, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("evidence file " + file + " cannot be written", e);
        }
    }

    /** {@code text} with every character but letters, digits, '.', '-' and '_' replaced by '_'. */
    public static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}

package org.crossings.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Lines a forked JMH benchmark leaves for {@link AppendBench}: appended to the file named by the system property
 * {@code crossings.bench.profile} (JMH hands back scores, not the benchmark's own observations), and printed.
 */
final class ProfileLines {

    private ProfileLines() {
    }

    static void add(String line) {
        System.out.println("profile: " + line);
        String file = System.getProperty("crossings.bench.profile");
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

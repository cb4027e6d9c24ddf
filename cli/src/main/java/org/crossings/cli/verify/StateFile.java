package org.crossings.cli.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The auditor's memory of a log: the signed checkpoint note it verified last, byte for byte, so that the next run
 * can demand consistency with it and show it to others if the log forks.
 *
 * <p>Saving writes a temporary file beside the state and renames it over, so a crash never leaves half a note.
 */
record StateFile(Path path) {

    /** The default place for a log: {@code ~/.crossings/verify/<origin>.checkpoint}. */
    static StateFile forOrigin(String origin) {
        Path directory = Path.of(System.getProperty("user.home"), ".crossings", "verify");
        return new StateFile(directory.resolve(org.crossings.cli.EvidenceFile.fileName(origin) + ".checkpoint"));
    }

    /** The note verified last, if any. */
    Optional<String> load() {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("state file " + path + " cannot be read", e);
        }
    }

    /** Replaces the stored note atomically. */
    void save(String note) {
        try {
            Path directory = path.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, path.getFileName().toString(), ".tmp");
            Files.writeString(temp, note, StandardCharsets.UTF_8);
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("state file " + path + " cannot be written", e);
        }
    }

    /** The directory evidence files go to by default. */
    Path directory() {
        return path.toAbsolutePath().getParent();
    }
}

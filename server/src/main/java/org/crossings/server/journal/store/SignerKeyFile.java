package org.crossings.server.journal.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.crossings.tlog.note.Ed25519NoteSigner;

/**
 * The log's signing key, kept as a C2SP signer-key string in a file readable by its owner only. The first start of a
 * node creates it; every later start reads it back, so the log keeps one identity across restarts.
 */
public final class SignerKeyFile {

    private SignerKeyFile() {
    }

    /**
     * Reads the signer key in {@code file}, or creates one named {@code origin} if there is no such file.
     *
     * @throws IllegalStateException if the file holds a key for another name: checkpoints carry the origin, and a log
     *     must not silently change it
     */
    public static Ed25519NoteSigner loadOrCreate(Path file, String origin) {
        try {
            if (Files.exists(file)) {
                return read(file, origin);
            }
            Ed25519NoteSigner signer = Ed25519NoteSigner.generate(origin);
            write(file, signer.signerKey());
            return signer;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the log's signing key " + file, e);
        }
    }

    private static Ed25519NoteSigner read(Path file, String origin) throws IOException {
        Ed25519NoteSigner signer = Ed25519NoteSigner.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
        if (!signer.name().equals(origin)) {
            throw new IllegalStateException("the log's signing key " + file + " is for origin \"" + signer.name()
                    + "\", but the configured origin (crossings.log.origin) is \"" + origin + "\"");
        }
        return signer;
    }

    private static void write(Path file, String signerKey) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".log-signer", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temp, signerKey + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file);
        }
    }
}

package org.crossings.tlog.witness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

/**
 * The witness's own cosigning key, kept in a file as its {@code PRIVATE+KEY+...} string (signature type 0x04),
 * readable by its owner only (0600), and generated on first use.
 */
public final class WitnessKeyFile {

    private WitnessKeyFile() {
    }

    /** Reads the key in the file, or generates one named {@code name}, writes it (0600) and returns it. */
    public static CosignatureSigner loadOrCreate(Path file, String name, Clock clock) {
        try {
            if (Files.exists(file)) {
                return CosignatureSigner.parse(Files.readString(file, StandardCharsets.US_ASCII).strip(), clock);
            }
            CosignatureSigner signer = CosignatureSigner.generate(name, clock);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, signer.signerKey() + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            return signer;
        } catch (FileAlreadyExistsException e) {
            return loadOrCreate(file, name, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the witness key " + file, e);
        }
    }
}

package org.crossings.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.note.NoteException;
import picocli.CommandLine;

/**
 * Reads a verifier key option: the key string itself ({@code name+keyid+base64}), or {@code @file} naming a file
 * that holds it (surrounding blank space ignored). A bad key is a usage error (exit 2) that names the problem.
 */
public final class VerifierKeys implements CommandLine.ITypeConverter<Ed25519NoteVerifier> {

    @Override
    public Ed25519NoteVerifier convert(String value) {
        String key = value.startsWith("@") ? read(Path.of(value.substring(1))) : value;
        try {
            return Ed25519NoteVerifier.parse(key.strip());
        } catch (NoteException | IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("verifier key \"" + key.strip() + "\": " + e.getMessage());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.TypeConversionException("verifier key file " + file + " cannot be read: " + e);
        }
    }
}

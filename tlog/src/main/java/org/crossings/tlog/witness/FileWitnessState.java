package org.crossings.tlog.witness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Optional;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.note.Note;

/**
 * A witness state in a directory, one file per origin holding the latest cosigned checkpoint note, named
 * {@code <base64url(origin)>.checkpoint}.
 *
 * <p>A new state is written to a temporary file, forced to disk, renamed atomically over the old one and the
 * directory forced, so that a crash at any point leaves the old state or the new one, never a torn file; a left-over
 * temporary file is ignored. The directory is locked against a second witness process while this one runs.
 */
public final class FileWitnessState implements WitnessState, AutoCloseable {

    private static final String SUFFIX = ".checkpoint";

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private FileWitnessState(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens the state in the directory, creating it if needed.
     *
     * @throws IllegalStateException if another process holds the directory
     */
    public static FileWitnessState open(Path directory) {
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("witness state " + directory + " is in use by another process");
            }
            return new FileWitnessState(directory, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open witness state " + directory, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public synchronized Optional<SignedCheckpoint> latest(String origin) {
        Path file = file(origin);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Note note = Note.parse(Files.readAllBytes(file));
            return Optional.of(new SignedCheckpoint(Checkpoint.parse(note.text()), note));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read witness state " + file, e);
        }
    }

    @Override
    public synchronized boolean compareAndSet(String origin, Optional<SignedCheckpoint> expected,
            SignedCheckpoint next) {
        if (!next.checkpoint().origin().equals(origin)) {
            throw new IllegalArgumentException("checkpoint of " + next.checkpoint().origin() + " is not of " + origin);
        }
        Optional<String> current = latest(origin).map(c -> c.checkpoint().text());
        if (!current.equals(expected.map(c -> c.checkpoint().text()))) {
            return false;
        }
        write(file(origin), next.encode().getBytes(StandardCharsets.UTF_8));
        return true;
    }

    private void write(Path file, byte[] bytes) {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write witness state " + file, e);
        }
    }

    private Path file(String origin) {
        String name = Base64.getUrlEncoder().withoutPadding().encodeToString(origin.getBytes(StandardCharsets.UTF_8));
        return directory.resolve(name + SUFFIX);
    }

    @Override
    public synchronized void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release witness state " + directory, e);
        }
    }
}

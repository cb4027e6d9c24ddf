package org.crossings.server.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL left running by a Crossings that was killed (kill -9, power cut of the JVM only): its
 * postmaster outlives the JVM that started it and holds the data directory, so the next start would wait for it in
 * vain. Before starting, such an orphan is stopped; PostgreSQL then recovers from its write-ahead log as after any
 * crash, so every committed transaction is still there.
 *
 * <p>A postmaster is taken for an orphan only when no living process holds the data directory's {@code epg-lock} (the
 * lock the embedded database takes for as long as its JVM lives), so a second Crossings never stops the first one's
 * database.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private OrphanedPostgres() {
    }

    static void stopIfAny(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> postmaster = postmaster(dataDirectory);
        if (postmaster.isEmpty() || ownedByLivingCrossings(dataDirectory)) {
            return;
        }
        ProcessHandle orphan = postmaster.get();
        log.warn("Stopping the embedded PostgreSQL (pid {}) left running by a Crossings that did not stop cleanly",
                orphan.pid());
        orphan.destroy(); // SIGTERM: the postmaster's clients are gone with their JVM, so it stops at once
        try {
            orphan.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            orphan.destroyForcibly(); // its write-ahead log makes even this safe
        }
    }

    private static Optional<ProcessHandle> postmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    private static boolean ownedByLivingCrossings(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock == null;
        }
    }
}

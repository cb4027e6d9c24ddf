package org.crossings.server;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.tlog.audit.Discrepancy;
import org.crossings.tlog.audit.LogAudit;
import org.crossings.tlog.log.InconsistentLogException;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.note.VerifierKey;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.storage.StoredResources;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code crossings rebuild}: drops every read model and replays the whole log into them, without opening a port. It
 * replays only a log it has first audited: every stored entry against its tile, the tiles against the tree, the tree
 * against the latest signed checkpoint, whose signature the log's key must verify. An entry changed or lost in the
 * database would otherwise become the state of a case; instead the rebuild refuses, touches no read model, and
 * leaves the evidence (on stderr and in {@code <data dir>/evidence/}).
 */
final class Rebuilding {

    /** Exit code of a rebuild that replayed the log. */
    static final int REBUILT = 0;
    /** Exit code of a rebuild refused because the stored log is not what it signed. */
    static final int REFUSED = 1;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Rebuilding() {
    }

    /** Runs the rebuild with Spring Boot command-line {@code options}; returns the process's exit code. */
    static int run(String[] options, PrintStream out, PrintStream err) {
        SpringApplication application = new SpringApplication(CrossingsServer.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(Map.of("crossings.demo", "false"));
        try (ConfigurableApplicationContext context = application.run(withoutScan(options))) {
            Optional<String> refusal = audit(context);
            if (refusal.isPresent()) {
                Path evidence = keep(context, refusal.get());
                err.print(refusal.get());
                err.println("crossings rebuild: REFUSED, nothing was replayed; evidence written to " + evidence);
                return REFUSED;
            }
            replay(context, out);
            return REBUILT;
        }
    }

    /** The rebuild audits the whole log itself; the background scan would only read it a second time. */
    private static String[] withoutScan(String[] options) {
        String[] all = Arrays.copyOf(options, options.length + 1);
        all[options.length] = "--crossings.integrity.scan-interval=0s";
        return all;
    }

    /** Why the stored log must not be replayed, or empty when every entry is the one its checkpoint signed. */
    private static Optional<String> audit(ConfigurableApplicationContext context) {
        LogWriter writer = context.getBean(LogWriter.class);
        LogStorage storage = context.getBean(LogStorage.class);
        try {
            writer.publish(); // so that the checkpoint covers every entry the replay reads
        } catch (InconsistentLogException inconsistent) {
            return Optional.of("REBUILD REFUSED: " + inconsistent.getMessage() + "\n");
        }
        Optional<PublishedCheckpoint> checkpoint = storage.latestCheckpoint();
        if (checkpoint.isEmpty()) {
            return Optional.empty(); // nothing was ever written, so there is nothing to replay either
        }
        LogAudit audit = new LogAudit(Ed25519NoteVerifier.of(context.getBean(VerifierKey.class)));
        Optional<Discrepancy> found = audit.advance(checkpoint.get().note(), new StoredResources(storage));
        if (found.isEmpty() && audit.auditedSize() < writer.size()) {
            return Optional.of("REBUILD REFUSED: the latest checkpoint covers " + audit.auditedSize() + " of the "
                    + writer.size() + " stored entries\n");
        }
        return found.map(discrepancy -> "REBUILD REFUSED: " + discrepancy.summary() + "\n" + discrepancy.evidence());
    }

    private static Path keep(ConfigurableApplicationContext context, String evidence) {
        Path directory = Path.of(context.getEnvironment().getRequiredProperty("crossings.data-dir"), "evidence");
        Path file = directory.resolve("rebuild-" + STAMP.format(Clock.systemUTC().instant()) + ".txt");
        try {
            Files.createDirectories(directory);
            Files.writeString(file, evidence);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("the rebuild's evidence cannot be written to " + file, e);
        }
    }

    private static void replay(ConfigurableApplicationContext context, PrintStream out) {
        long entries = context.getBean(LogWriter.class).size();
        long started = System.nanoTime();
        context.getBean(PostgresJournal.class).rebuild();
        out.printf("Checked and rebuilt the read models from %d log entries in %.1f s%n", entries,
                (System.nanoTime() - started) / 1e9);
    }
}

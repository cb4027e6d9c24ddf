package org.crossings.tlog.log;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.crossings.tlog.storage.PostgresLogStorage;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The child process of {@link LogWriterCrashTest}: appends as fast as it can from several threads to the log in the
 * given database and prints {@code ACK <index> <entry>} for each entry once the writer acknowledged it. It never
 * stops by itself; the test kills it.
 */
public final class CrashingAppender {

    private CrashingAppender() {
    }

    public static void main(String[] args) throws Exception {
        String jdbcUrl = args[0];
        String prefix = args[1];
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(jdbcUrl);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        LogWriterConfig config = LogWriterConfig.defaults(LogFixtures.ORIGIN).withMaxBatchSize(256)
                .withCheckpointInterval(Duration.ofMillis(50));
        LogWriter writer = LogWriter.start(new PostgresLogStorage(database), LogFixtures.SIGNER, config);
        out.println("READY " + writer.size());
        for (int t = 0; t < 4; t++) {
            String thread = prefix + "-t" + t;
            Thread.ofPlatform().start(() -> appendForever(writer, thread, out));
        }
        Thread.currentThread().join();
    }

    private static void appendForever(LogWriter writer, String thread, PrintStream out) {
        Semaphore inFlight = new Semaphore(32);
        for (long n = 0; ; n++) {
            inFlight.acquireUninterruptibly();
            String entry = thread + "-" + n;
            writer.append(entry.getBytes(StandardCharsets.UTF_8)).whenComplete((index, failure) -> {
                if (failure == null) {
                    synchronized (out) {
                        out.println("ACK " + index + " " + entry);
                    }
                }
                inFlight.release();
            });
        }
    }
}

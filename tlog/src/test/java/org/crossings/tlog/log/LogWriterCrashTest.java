package org.crossings.tlog.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossings.tlog.log.LogFixtures.SIGNER;
import static org.crossings.tlog.log.LogFixtures.assertStoredTreeMatchesItsEntries;
import static org.crossings.tlog.log.LogFixtures.config;
import static org.crossings.tlog.log.LogFixtures.entry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.crossings.tlog.storage.EmbeddedLogDatabase;
import org.crossings.tlog.storage.PostgresLogStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kills a writer process with SIGKILL at random moments, several times over, and checks that nothing it
 * acknowledged was lost or moved and that the stored tree, tiles and checkpoints still agree.
 */
class LogWriterCrashTest {

    private static final int ROUNDS = 5;

    private static final List<String> DUPLICATES = new CopyOnWriteArrayList<>();

    private static EmbeddedLogDatabase postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = new EmbeddedLogDatabase();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void a_writer_killed_at_random_moments_loses_no_acknowledged_entry_and_keeps_its_tree_consistent()
            throws Exception {
        String name = postgres.freshDatabaseName();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            runAndKill(postgres.jdbcUrl(name), "r" + round, 300 + random.nextInt(1200), acknowledged);
        }
        PostgresLogStorage storage = new PostgresLogStorage(postgres.database(name));

        assertThat(acknowledged).as("acknowledged entries (seed %d)", seed).hasSizeGreaterThan(ROUNDS);
        long size = storage.state().orElseThrow().size();
        List<byte[]> stored = storage.entries(0, Math.toIntExact(size));
        acknowledged.forEach((index, text) -> assertThat(index).as("index (seed %d)", seed).isLessThan(size));
        acknowledged.forEach((index, text) -> assertThat(stored.get(Math.toIntExact(index)))
                .as("entry %d (seed %d)", index, seed).isEqualTo(entry(text)));
        assertThat(DUPLICATES).as("indexes acknowledged twice").isEmpty();
        assertThat(storage.checkpoints(0, Long.MAX_VALUE)).hasSizeGreaterThan(ROUNDS);
        assertStoredTreeMatchesItsEntries(storage);

        try (LogWriter writer = LogWriter.start(storage, SIGNER, config())) {
            assertThat(writer.append(entry("after the crashes")).join()).isEqualTo(writer.size() - 1);
        }
        assertStoredTreeMatchesItsEntries(storage);
    }

    /** Runs the child until it acknowledged something, lets it run {@code millis} more, then kills it. */
    private static void runAndKill(String jdbcUrl, String round, int millis, Map<Long, String> acknowledged)
            throws Exception {
        Path errors = Files.createTempFile("crashing-appender", ".log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingAppender.class.getName(), jdbcUrl, round)
                .redirectError(errors.toFile()).start();
        CountDownLatch firstAck = new CountDownLatch(1);
        Thread reader = Thread.ofPlatform().start(() -> readAcks(child, acknowledged, firstAck));
        try {
            boolean acked = firstAck.await(60, TimeUnit.SECONDS);
            assertThat(acked).as("child acknowledged an entry; its stderr:\n%s", Files.readString(errors)).isTrue();
            Thread.sleep(millis);
            assertThat(child.isAlive()).as("child still running; its stderr:\n%s", Files.readString(errors)).isTrue();
        } finally {
            // SIGKILL, as Process.destroyForcibly() sends; through the handle, because Process closes our end of
            // the child's stdout when it kills it, and acknowledgements still in the pipe would be lost to the test.
            child.toHandle().destroyForcibly();
            child.waitFor();
            reader.join();
            Files.deleteIfExists(errors);
        }
    }

    private static void readAcks(Process child, Map<Long, String> acknowledged, CountDownLatch firstAck) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split(" ", 3);
                if (parts.length == 3 && parts[0].equals("ACK")) {
                    String earlier = acknowledged.putIfAbsent(Long.parseLong(parts[1]), parts[2]);
                    if (earlier != null) {
                        DUPLICATES.add(parts[1] + ": " + earlier + ", " + parts[2]);
                    }
                    firstAck.countDown();
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}

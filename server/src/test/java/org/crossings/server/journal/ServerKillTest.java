package org.crossings.server.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossings.server.RunningServer;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TiledNodeHashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server process, under load, is killed with SIGKILL at random moments, several times over, together with
 * nothing else: its embedded PostgreSQL is orphaned as it would be in real life. Each restart must find every
 * acknowledged entry at its index, and a tree consistent with every checkpoint the server ever served.
 */
class ServerKillTest {

    private static final int ROUNDS = 3;
    private static final Pattern READY = Pattern.compile("Crossings is ready: (http://\\S+/)");
    private static final Pattern ACK = Pattern.compile("ack (\\d+) ([0-9a-f]+)");

    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final List<String> checkpointsSeen = new CopyOnWriteArrayList<>();

    @Test
    void a_server_killed_with_sigkill_restarts_with_every_acknowledged_entry_and_a_consistent_tree(
            @TempDir Path data) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int round = 0; round < ROUNDS; round++) {
            runAndKill(data, 500 + random.nextInt(2500));
        }

        try (RunningServer restarted = RunningServer.start(data)) {
            Ed25519NoteVerifier key = Ed25519NoteVerifier.parse(restarted.get("/log/key").body().strip());
            SignedCheckpoint latest = SignedCheckpoint.open(restarted.get("/log/checkpoint").body(), key);
            long size = latest.checkpoint().size();

            assertThat(acknowledged).as("acknowledged (seed %d)", seed).hasSizeGreaterThan(100);
            assertThat(checkpointsSeen).as("checkpoints served before the kills").isNotEmpty();
            assertEveryAcknowledgedEntryIsInPlace(restarted, size, seed);
            assertEveryCheckpointSeenIsConsistentWith(restarted, key, latest);
            Auditor audit = Auditor.run("verify", restarted.url("/log/").toString(),
                    "--key", key.verifierKey(), "--state", data.resolve("auditor-state").toString());
            assertThat(audit.exitCode()).as(audit.toString()).isZero();
        }
    }

    private void runAndKill(Path data, int millis) throws Exception {
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"),
                        AppendingServer.class.getName(),
                        "--server.port=0", "--crossings.data-dir=" + data,
                        "--crossings.log.checkpoint-interval=PT0.2S")
                .redirectErrorStream(true)
                .start();
        CountDownLatch ready = new CountDownLatch(1);
        String[] base = new String[1];
        Thread reader = Thread.ofVirtual().start(() -> readOutput(child, ready, base));
        try {
            assertThat(ready.await(90, TimeUnit.SECONDS)).as("the server became ready").isTrue();
            watchCheckpoints(base[0], millis);
        } finally {
            child.toHandle().destroyForcibly(); // SIGKILL; the handle keeps our end of its stdout open
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
    }

    private void readOutput(Process child, CountDownLatch ready, String[] base) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher ack = ACK.matcher(line);
                if (ack.matches()) {
                    acknowledged.put(Long.parseLong(ack.group(1)), ack.group(2));
                }
                Matcher up = READY.matcher(line);
                if (up.find()) {
                    base[0] = up.group(1);
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // the child was killed; what it acknowledged before is what counts
        }
    }

    /** Polls the server's checkpoint, as an auditor would, until it is time for the kill. */
    private void watchCheckpoints(String base, int millis) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "log/checkpoint")).build();
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < end) {
            var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                checkpointsSeen.add(response.body());
            }
            Thread.sleep(100);
        }
    }

    private void assertEveryAcknowledgedEntryIsInPlace(RunningServer server, long size, long seed) {
        long highest = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(highest).as("highest acknowledged index (seed %d)", seed).isLessThan(size);
        Map<Long, List<byte[]>> bundles = new ConcurrentHashMap<>();
        acknowledged.forEach((index, hex) -> {
            List<byte[]> bundle = bundles.computeIfAbsent(index / TileLayout.WIDTH, n -> bundle(server, n, size));
            assertThat(bundle.get((int) (index % TileLayout.WIDTH)))
                    .as("entry %d (seed %d)", index, seed)
                    .isEqualTo(HexFormat.of().parseHex(hex));
        });
    }

    private static List<byte[]> bundle(RunningServer server, long n, long size) {
        EntryBundlePath path = TileLayout.entryBundle(n * TileLayout.WIDTH, size);
        return EntryBundle.decode(server.getBytes("/log/" + path.path()).body());
    }

    private void assertEveryCheckpointSeenIsConsistentWith(
            RunningServer server, Ed25519NoteVerifier key, SignedCheckpoint latest) {
        TiledNodeHashes tree = new TiledNodeHashes(latest.checkpoint().size(),
                path -> server.getBytes("/log/" + path.path()).body());
        List<String> mismatches = new ArrayList<>();
        for (String note : checkpointsSeen) {
            SignedCheckpoint seen = SignedCheckpoint.open(note, key);
            long size = seen.checkpoint().size();
            if (size > 0 && !TreeHash.root(size, tree).equals(seen.checkpoint().root())) {
                mismatches.add(note);
            }
            assertThat(size).isLessThanOrEqualTo(latest.checkpoint().size());
        }
        assertThat(mismatches).as("checkpoints inconsistent with the tree after restart").isEmpty();
    }
}

package org.crossings.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench/run startup}: how long {@code ./crossings serve} takes from process start to its first 200 from
 * {@code GET /health}, cold (a fresh data directory: initdb of the embedded PostgreSQL, all migrations) and warm
 * (the data directory of an earlier run), and how much memory it holds once ready: the java process's VmRSS and
 * VmHWM and the embedded PostgreSQL's processes (found through {@code postmaster.pid}), summed as RSS and as PSS
 * (shared pages divided among the processes sharing them, so the sum is not inflated by shared memory).
 *
 * <p>Runs alternate cold and warm. Every server is stopped (SIGTERM, then SIGKILL after 60 s) together with its
 * PostgreSQL before the next starts, and every data directory is removed at the end.
 *
 * <p>Options: {@code --runs N} of each kind (default 5), {@code --jar PATH} (default
 * {@code server/target/crossings-server-exec.jar}).
 */
public final class StartupBench {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    /** One start: seconds to ready, and memory in KiB once ready. */
    record Start(double seconds, long javaRss, long javaHwm, long postgresRss, long postgresPss, int postgresProcesses) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args, Map.of("runs", "5",
                "jar", "server/target/crossings-server-exec.jar"));
        Path jar = Path.of(options.get("jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("--jar " + jar + ": no such file; build it with ./mvnw install");
        }
        int runs = Integer.parseInt(options.get("runs"));
        Path temp = Files.createTempDirectory("crossings-startup-bench");
        List<Start> cold = new ArrayList<>();
        List<Start> warm = new ArrayList<>();
        try {
            Path warmDir = temp.resolve("warm");
            start(jar, warmDir, "preparing the warm data directory (not counted)");
            for (int run = 1; run <= runs; run++) {
                cold.add(start(jar, temp.resolve("cold-" + run), "cold " + run + " of " + runs));
                deleteTree(temp.resolve("cold-" + run));
                warm.add(start(jar, warmDir, "warm " + run + " of " + runs));
            }
        } finally {
            deleteTree(temp);
        }
        report("cold (fresh data directory, initdb + migrations)", cold);
        report("warm (existing data directory)", warm);
    }

    private static Start start(Path jar, Path dataDir, String label) throws Exception {
        int port = freePort();
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile());
        builder.environment().put("CROSSINGS_PORT", Integer.toString(port));
        builder.environment().put("CROSSINGS_DATA_DIR", dataDir.toString());
        builder.environment().remove("CROSSINGS_DB_URL");
        long begin = System.nanoTime();
        Process server = builder.start();
        Thread killer = new Thread(server::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            awaitHealth(server, port, dataDir);
            double seconds = (System.nanoTime() - begin) / 1e9;
            Start start = measure(server.pid(), seconds, dataDir);
            if (label.startsWith("preparing")) {
                System.out.println("the server's embedded " + durability(dataDir));
            }
            System.out.printf(Locale.ROOT, "%s: ready in %.2f s; java VmRSS %,d KiB (VmHWM %,d); postgres %d "
                            + "processes RSS %,d KiB, PSS %,d KiB%n", label, seconds, start.javaRss(),
                    start.javaHwm(), start.postgresProcesses(), start.postgresRss(), start.postgresPss());
            return start;
        } finally {
            stop(server, dataDir);
            Runtime.getRuntime().removeShutdownHook(killer);
        }
    }

    static void awaitHealth(Process server, int port, Path dataDir) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue() + " before it was "
                        + "ready; its log:\n" + Files.readString(dataDir.resolve("server.log")));
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the server was not ready within " + READY_TIMEOUT);
    }

    private static Start measure(long javaPid, double seconds, Path dataDir) throws IOException {
        Map<String, Long> java = ProcMemory.status(javaPid);
        List<Long> postgres = postgresPids(dataDir);
        long rss = 0;
        long pss = 0;
        for (long pid : postgres) {
            rss += ProcMemory.status(pid).getOrDefault("VmRSS", 0L);
            pss += ProcMemory.pss(pid);
        }
        return new Start(seconds, java.get("VmRSS"), java.get("VmHWM"), rss, pss, postgres.size());
    }

    /** The durability settings of the server's embedded PostgreSQL, read over JDBC on the port it listens on. */
    private static String durability(Path dataDir) throws IOException {
        List<String> pidFile = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
        String url = "jdbc:postgresql://localhost:" + pidFile.get(3).strip() + "/postgres";
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "");
             java.sql.ResultSet rows = connection.createStatement().executeQuery("SELECT "
                     + "current_setting('server_version'), current_setting('fsync'), "
                     + "current_setting('synchronous_commit')")) {
            rows.next();
            return "PostgreSQL " + rows.getString(1) + ": fsync " + rows.getString(2) + ", synchronous_commit "
                    + rows.getString(3);
        } catch (java.sql.SQLException failure) {
            return "PostgreSQL: settings unreadable (" + failure.getMessage() + ")";
        }
    }

    /** The postmaster of the data directory and all its children. */
    static List<Long> postgresPids(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return List.of();
        }
        long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        List<Long> pids = new ArrayList<>(List.of(postmaster));
        ProcessHandle.of(postmaster).ifPresent(p -> p.descendants().forEach(child -> pids.add(child.pid())));
        return pids;
    }

    static void stop(Process server, Path dataDir) throws Exception {
        List<Long> postgres = postgresPids(dataDir);
        server.destroy();
        if (!server.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
        for (long pid : postgres) {
            ProcessHandle.of(pid).ifPresent(left -> {
                left.destroy();
                left.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> {
                    left.destroyForcibly();
                    return left;
                }).join();
            });
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void report(String kind, List<Start> starts) {
        System.out.printf(Locale.ROOT, """

                == startup %s, medians of %d runs
                time to first 200 from GET /health: %s s
                java VmRSS once ready:  %s MiB (VmHWM %s MiB)
                postgres (%d processes): RSS sum %s MiB, PSS sum %s MiB
                """, kind, starts.size(), stat(starts, Start::seconds).format("%.2f"),
                stat(starts, s -> s.javaRss() / 1024.0).format("%.0f"),
                stat(starts, s -> s.javaHwm() / 1024.0).format("%.0f"),
                starts.get(0).postgresProcesses(),
                stat(starts, s -> s.postgresRss() / 1024.0).format("%.0f"),
                stat(starts, s -> s.postgresPss() / 1024.0).format("%.0f"));
    }

    private static Stats stat(List<Start> starts, java.util.function.ToDoubleFunction<Start> value) {
        return Stats.of(starts.stream().map(value::applyAsDouble).toList());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

package org.crossings.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossings.cli.CrossingsCli;
import picocli.CommandLine;

/**
 * {@code bench/run verify}: a full audit ({@code crossings verify}, in process through its picocli command) of a
 * static tlog-tiles log served over real HTTP on 127.0.0.1, against the floor of the same work: the 2n-1 RFC 6962
 * SHA-256 hashes of the log (n leaves of the same entries, n-1 interior nodes) computed straight from memory on
 * one thread ({@link HashFloor}). Runs alternate audit and floor; the report gives medians, spread and the ratio.
 *
 * <p>Options: {@code --size N} entries (default 1000000), {@code --runs N} measured pairs after one warm-up pair
 * (default 5), {@code --parallel N} fetches in flight for {@code crossings verify} (default 8, its own default),
 * {@code --server-threads N} (default 8), {@code --nodelay true|false} (TCP_NODELAY on the served sockets, default
 * true).
 */
public final class VerifyBench {

    public static void main(String[] args) throws IOException {
        Map<String, String> options = Args.parse(args, Map.of("size", "1000000", "runs", "5", "parallel", "8",
                "server-threads", "8", "nodelay", "true"));
        // The JDK's HttpServer leaves Nagle's algorithm on unless told otherwise; with the client's delayed ACKs
        // every response then waits ~40 ms. Static hosts (nginx, object stores) set TCP_NODELAY, so by default so
        // do we; --nodelay false measures the JDK default.
        System.setProperty("sun.net.httpserver.nodelay", options.get("nodelay"));
        long size = Long.parseLong(options.get("size"));
        int runs = Integer.parseInt(options.get("runs"));
        long start = System.nanoTime();
        StaticLog log = StaticLog.of(Path.of("bench", "target", "verify-log-" + size), size);
        System.out.printf(Locale.ROOT, "log of %,d entries ready in %s (%.1f s; reused if it was built before)%n",
                size, log.directory(), (System.nanoTime() - start) / 1e9);
        HashFloor floor = HashFloor.of(size);
        Path temp = Files.createTempDirectory("crossings-verify-bench");
        List<Double> audits = new ArrayList<>();
        List<Double> floors = new ArrayList<>();
        try (StaticServer server = new StaticServer(log.directory(), Integer.parseInt(options.get("server-threads")))) {
            for (int run = 0; run <= runs; run++) {
                String label = run == 0 ? "warm-up" : "run " + run + " of " + runs;
                double audit = audit(server.url(), temp.resolve("run-" + run), options.get("parallel"));
                double hashes = floor.seconds(log);
                System.out.printf(Locale.ROOT, "%s: crossings verify %.2f s, SHA-256 floor %.2f s%n", label, audit,
                        hashes);
                if (run > 0) {
                    audits.add(audit);
                    floors.add(hashes);
                }
            }
        } finally {
            StartupBench.deleteTree(temp);
        }
        report(size, options, Stats.of(audits), Stats.of(floors));
    }

    /** Seconds for one first audit of the log (a fresh state file, so nothing is taken on trust). */
    private static double audit(String url, Path directory, String parallel) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = CrossingsCli.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        long start = System.nanoTime();
        int exit = command.execute("verify", url, "--key", StaticLog.signer().verifier().verifierKey(),
                "--state", directory.resolve("state").toString(), "--evidence", directory.resolve("evidence").toString(),
                "--parallel", parallel);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IllegalStateException("crossings verify exited " + exit + "\n" + out + err);
        }
        System.out.print(out.toString().lines().filter(line -> line.startsWith("checked:"))
                .map(line -> "  " + line + "\n").findFirst().orElse(""));
        return seconds;
    }

    private static void report(long size, Map<String, String> options, Stats audits, Stats floors) {
        System.out.printf(Locale.ROOT, """

                == verify results (%,d entries, medians of %d runs)
                crossings verify over HTTP (--parallel %s, server threads %s, TCP_NODELAY %s): %s s
                  = %,.0f entries/s
                SHA-256 floor (%,d RFC 6962 hashes, one thread):   %s s
                  = %,.0f entries/s
                verify / floor = %.2f (time)
                """, size, audits.count(), options.get("parallel"), options.get("server-threads"),
                options.get("nodelay"), audits.format("%.2f"), size / audits.median(), 2 * size - 1, floors.format("%.2f"),
                size / floors.median(), audits.median() / floors.median());
    }
}

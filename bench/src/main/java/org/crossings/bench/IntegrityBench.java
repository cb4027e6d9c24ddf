package org.crossings.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.crossings.tlog.audit.Discrepancy;
import org.crossings.tlog.audit.LogAudit;
import org.crossings.tlog.audit.LogResources;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.log.LogWriterConfig;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.storage.PostgresLogStorage;
import org.crossings.tlog.storage.StoredResources;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TilePath;

/**
 * {@code bench/run integrity}: what the server's integrity scan costs on a log of {@code --size} entries in
 * PostgreSQL (embedded, durable, as the server's). It times the scan's three kinds of step, each an {@link LogAudit}
 * over {@link StoredResources}: the whole log from entry 0 (the first scan, and {@code crossings rebuild}'s check), the
 * entries added since the last scan ({@code --new-entries}), and one stretch of the slow re-check
 * ({@code --recheck-entries}); and, as the floor, reading the same entries and tiles without hashing them. For each:
 * wall time, this JVM's CPU time (the audit runs on the calling thread) and PostgreSQL's (its processes' CPU time
 * from {@code /proc}), medians of {@code --runs}.
 *
 * <p>Options: {@code --size N} (default 1000000), {@code --runs N} (default 3), {@code --new-entries N} (default
 * 10000), {@code --recheck-entries N} (default 250000, the server's), {@code --entry-bytes N} (average entry length,
 * default 600, about a signed envelope), {@code --interval ISO-8601} (the scan interval the report relates the cost to,
 * default PT5M, the server's).
 */
public final class IntegrityBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One measured step: wall, this JVM's CPU, PostgreSQL's CPU, in seconds. */
    private record Cost(double wall, double jvmCpu, double postgresCpu) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args, Map.of("size", "1000000", "runs", "3", "new-entries", "10000",
                "recheck-entries", "250000", "entry-bytes", "600", "interval", "PT5M"));
        long size = Long.parseLong(options.get("size"));
        int runs = Integer.parseInt(options.get("runs"));
        int growth = Integer.parseInt(options.get("new-entries"));
        long recheck = Long.parseLong(options.get("recheck-entries"));
        Ed25519NoteSigner signer = Ed25519NoteSigner.generate("crossings.bench/integrity");
        try (BenchDatabase database = BenchDatabase.start()) {
            System.out.println(database.settings());
            PostgresLogStorage storage = new PostgresLogStorage(database.dataSource());
            LogResources resources = new StoredResources(storage);
            Entries entries = new Entries(Integer.parseInt(options.get("entry-bytes")));
            try (LogWriter writer = LogWriter.start(storage, signer, LogWriterConfig.defaults(signer.name())
                    .withCheckpointInterval(Duration.ofHours(1)))) {
                long started = System.nanoTime();
                append(writer, entries, size);
                System.out.printf(Locale.ROOT, "log of %,d entries (%,d MiB of entries) written in %.0f s%n", size,
                        tableBytes(database.dataSource(), "tlog_entries") >> 20, (System.nanoTime() - started) / 1e9);
                Supplier<String> note = () -> storage.latestCheckpoint().orElseThrow().note();
                List<Cost> floor = new ArrayList<>();
                List<Cost> whole = new ArrayList<>();
                List<Cost> fresh = new ArrayList<>();
                List<Cost> idle = new ArrayList<>();
                List<Cost> stretch = new ArrayList<>();
                for (int run = 0; run <= runs; run++) {
                    boolean measured = run > 0;
                    record(measured, floor, measure(database, () -> readOnly(resources, writer.size())));
                    LogAudit head = new LogAudit(signer.verifier());
                    record(measured, whole, measure(database, () -> audit(head, note.get(), resources, Long.MAX_VALUE)));
                    record(measured, idle, measure(database, () -> audit(head, note.get(), resources, Long.MAX_VALUE)));
                    append(writer, entries, writer.size() + growth);
                    record(measured, fresh, measure(database, () -> audit(head, note.get(), resources, Long.MAX_VALUE)));
                    LogAudit pass = new LogAudit(signer.verifier());
                    record(measured, stretch, measure(database, () -> audit(pass, note.get(), resources, recheck)));
                    System.out.printf(Locale.ROOT, "%s done (log now %,d entries)%n", measured ? "run " + run : "warm-up",
                            writer.size());
                }
                report(options, size, growth, recheck, floor, whole, fresh, idle, stretch);
            }
        }
    }

    private static void record(boolean measured, List<Cost> costs, Cost cost) {
        if (measured) {
            costs.add(cost);
        }
    }

    /** Entries of {@code average} bytes on average (plus or minus 100), random but reproducible. */
    private static final class Entries {
        private final SplittableRandom random = new SplittableRandom(6962);
        private final int average;

        Entries(int average) {
            this.average = average;
        }

        byte[] next() {
            byte[] entry = new byte[random.nextInt(Math.max(1, average - 100), average + 101)];
            random.nextBytes(entry);
            return entry;
        }
    }

    private static void append(LogWriter writer, Entries entries, long upTo) {
        while (writer.size() < upTo) {
            List<byte[]> batch = new ArrayList<>();
            for (long i = writer.size(); i < upTo && batch.size() < 1024; i++) {
                batch.add(entries.next());
            }
            writer.appendAll(batch).join();
        }
        writer.publish();
    }

    private static void audit(LogAudit audit, String note, LogResources resources, long maxEntries) {
        Optional<Discrepancy> found = audit.advance(note, resources, maxEntries);
        if (found.isPresent()) {
            throw new IllegalStateException("the benchmark's own log failed its audit: " + found.get().evidence());
        }
    }

    /** The floor: the same reads as a whole-log audit, without a hash. */
    private static void readOnly(LogResources resources, long size) {
        for (long bundle = 0; bundle * 256 < size; bundle++) {
            int width = (int) Math.min(256, size - bundle * 256);
            resources.entries(new EntryBundlePath(bundle, width));
            resources.tile(new TilePath(0, bundle, width));
        }
    }

    private static Cost measure(BenchDatabase database, Runnable step) {
        double postgresBefore = postgresCpuSeconds(database.dataSource());
        long cpuBefore = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        step.run();
        double wall = (System.nanoTime() - started) / 1e9;
        double jvm = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
        return new Cost(wall, jvm, postgresCpuSeconds(database.dataSource()) - postgresBefore);
    }

    /** User plus system CPU time of the postmaster and all its children, from /proc (clock ticks of 1/100 s). */
    private static double postgresCpuSeconds(DataSource dataSource) {
        long postmaster = parent(backendPid(dataSource));
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat = stat(process);
                if (stat != null && (Long.parseLong(stat[1]) == postmaster || process.getFileName().toString()
                        .equals(Long.toString(postmaster)))) {
                    ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / 100.0;
    }

    /** Fields of /proc/PID/stat after the command name: [0] state, [1] ppid, ... [11] utime, [12] stime. */
    private static String[] stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            return line.substring(line.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static long parent(long pid) {
        String[] stat = stat(Path.of("/proc", Long.toString(pid)));
        return stat == null ? -1 : Long.parseLong(stat[1]);
    }

    private static long backendPid(DataSource dataSource) {
        return query(dataSource, "SELECT pg_backend_pid()");
    }

    private static long tableBytes(DataSource dataSource, String table) {
        return query(dataSource, "SELECT pg_total_relation_size('" + table + "')");
    }

    private static long query(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run \"" + sql + "\"", e);
        }
    }

    private static void report(Map<String, String> options, long size, int growth, long recheck, List<Cost> floor,
            List<Cost> whole, List<Cost> fresh, List<Cost> idle, List<Cost> stretch) {
        Duration interval = Duration.parse(options.get("interval"));
        System.out.printf(Locale.ROOT, "%n== integrity scan on a log of %,d entries (about %s bytes each), medians of %d"
                + " runs: wall s / JVM CPU s / PostgreSQL CPU s%n", size, options.get("entry-bytes"), whole.size());
        line("reading every entry and level-0 tile (floor)", size, floor);
        line("whole log from entry 0 (first scan; rebuild)", size, whole);
        line("nothing new since the last scan", 0, idle);
        line(String.format(Locale.ROOT, "%,d new entries", growth), growth, fresh);
        line(String.format(Locale.ROOT, "re-check stretch of %,d entries", recheck), recheck, stretch);
        double perScan = median(fresh, Cost::wall) + median(stretch, Cost::wall);
        long scansPerPass = (size + recheck - 1) / recheck;
        System.out.printf(Locale.ROOT, "a scan every %s with %,d new entries: %.2f s wall (%.2f%% of the interval);"
                        + " the whole log is re-checked every %d scans (%s)%n", interval, growth, perScan,
                100 * perScan / interval.toMillis() * 1000, scansPerPass, interval.multipliedBy(scansPerPass));
    }

    private static void line(String what, long entries, List<Cost> costs) {
        double wall = median(costs, Cost::wall);
        System.out.printf(Locale.ROOT, "  %-50s %7.2f / %6.2f / %6.2f%s%n", what, wall, median(costs, Cost::jvmCpu),
                median(costs, Cost::postgresCpu),
                entries > 0 ? String.format(Locale.ROOT, "   (%,.0f entries/s)", entries / wall) : "");
    }

    private static double median(List<Cost> costs, ToDoubleFunction<Cost> value) {
        return Stats.of(costs.stream().map(value::applyAsDouble).toList()).median();
    }
}

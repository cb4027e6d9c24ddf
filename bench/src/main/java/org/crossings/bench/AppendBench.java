package org.crossings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bench/run append}: the log writer's durable append throughput against plain batched INSERTs, in the same
 * run. The two JMH benchmarks alternate, one fork (a fresh PostgreSQL) at a time, for {@code --rounds} rounds, so
 * that whatever else the machine is doing falls on both; the report gives medians over all measured iterations,
 * their spread, the ratio of the medians, and the writer's own profile (batch sizes reached, commit time).
 *
 * <p>Options: {@code --rounds N} (default 2), {@code --appenders N} (default 64), {@code --iterations N} (default 3),
 * {@code --seconds N} per iteration (default 4), {@code --max-batch N} and {@code --max-wait-us N} (writer config,
 * default 1024 and 0, as {@code LogWriterConfig.defaults}), {@code --window N} (entries each appender has in
 * flight before it waits, default 1), {@code --batches a,b} (baseline batch sizes, default
 * 64,1024), {@code --synchronous-commit on|off} (PostgreSQL's setting for both, default on: an acknowledged
 * entry must survive a power cut).
 */
public final class AppendBench {

    public static void main(String[] args) throws RunnerException, IOException {
        Map<String, String> options = Args.parse(args, Map.of("rounds", "2", "appenders", "64", "iterations", "3",
                "seconds", "4", "max-batch", "1024", "max-wait-us", "0", "window", "1", "batches", "64,1024", "synchronous-commit", "on"));
        int rounds = Integer.parseInt(options.get("rounds"));
        Path profile = Files.createTempFile("crossings-append-profile", ".txt");
        List<Double> writer = new ArrayList<>();
        Map<String, List<Double>> baseline = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(Locale.ROOT, "== append round %d of %d%n", round, rounds);
            for (BenchmarkResult result : run(options, LogWriterAppendBenchmark.class, profile)) {
                writer.addAll(scores(result, Integer.parseInt(options.get("window"))));
            }
            for (BenchmarkResult result : run(options, PlainInsertBenchmark.class, profile)) {
                int batch = Integer.parseInt(result.getParams().getParam("batchSize"));
                String statement = result.getParams().getParam("statement");
                baseline.computeIfAbsent("plain INSERT (" + statement + "), batches of " + batch,
                                k -> new ArrayList<>())
                        .addAll(scores(result, batch));
            }
        }
        report(options, writer, baseline, Files.readAllLines(profile));
        Files.delete(profile);
    }

    private static Collection<BenchmarkResult> run(Map<String, String> options, Class<?> benchmark, Path profile)
            throws RunnerException {
        ChainedOptionsBuilder builder = new OptionsBuilder()
                .include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .forks(1)
                .warmupIterations(1)
                .warmupTime(TimeValue.seconds(Long.parseLong(options.get("seconds"))))
                .measurementIterations(Integer.parseInt(options.get("iterations")))
                .measurementTime(TimeValue.seconds(Long.parseLong(options.get("seconds"))))
                .jvmArgsAppend("-Dcrossings.bench.profile=" + profile, "-Xmx2g",
                        "-Dcrossings.bench.synchronous-commit=" + options.get("synchronous-commit"));
        if (benchmark == LogWriterAppendBenchmark.class) {
            builder.threads(Integer.parseInt(options.get("appenders")))
                    .param("maxBatchSize", options.get("max-batch"))
                    .param("maxBatchWaitMicros", options.get("max-wait-us"))
                    .param("window", options.get("window"));
        } else {
            builder.param("batchSize", options.get("batches").split(","));
        }
        List<BenchmarkResult> results = new ArrayList<>();
        for (RunResult run : new Runner(builder.build()).run()) {
            results.addAll(run.getBenchmarkResults());
        }
        return results;
    }

    /** Entries per second of each measured iteration: the score times the entries per operation. */
    private static List<Double> scores(BenchmarkResult result, int entriesPerOperation) {
        List<Double> scores = new ArrayList<>();
        for (IterationResult iteration : result.getIterationResults()) {
            scores.add(iteration.getPrimaryResult().getScore() * entriesPerOperation);
        }
        return scores;
    }

    private static void report(Map<String, String> options, List<Double> writer, Map<String, List<Double>> baseline,
            List<String> profile) {
        Stats writerStats = Stats.of(writer);
        StringBuilder text = new StringBuilder("\n== append results (entries/s acknowledged, medians of measured "
                + "iterations)\n");
        text.append(String.format(Locale.ROOT, "LogWriter on PostgresLogStorage, %s appenders x window %s, max batch %s, "
                        + "max wait %s us:%n  %s%n", options.get("appenders"), options.get("window"), options.get("max-batch"),
                options.get("max-wait-us"), writerStats.format("%,.0f")));
        baseline.forEach((name, values) -> {
            Stats stats = Stats.of(values);
            text.append(String.format(Locale.ROOT, "%s:%n  %s%n  LogWriter / baseline = %.2f%n", name,
                    stats.format("%,.0f"), writerStats.median() / stats.median()));
        });
        text.append("profile per measured iteration (writer: MeasuredLogStorage; WAL from the WAL insert position):\n");
        profile.stream().filter(line -> line.startsWith("MEASUREMENT")).distinct().forEach(line -> text.append("  ")
                .append(line.substring("MEASUREMENT ".length())).append('\n'));
        System.out.print(text);
    }
}

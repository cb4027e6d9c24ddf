package org.crossings.bench.eligibility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.crossings.bench.Stats;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.MultisetStatistics;

/**
 * {@code bench/run eligibility}: {@link EligibilityBenchmark} in two JMH modes in the same run, average time per
 * call (the score of each measured iteration) and sampled time (single calls, for percentiles), one fork per
 * benchmark and mode per round, for {@code --rounds} rounds so that the machine's noise falls on all of them. The
 * report gives, per case, the median and spread of the iteration averages, the percentiles of all sampled calls,
 * and the ratio of each median to that of (a), the check against a single agreement.
 *
 * <p>Options: {@code --rounds N} (default 2), {@code --warmups N} and {@code --iterations N} (default 2 and 3),
 * {@code --seconds N} per iteration (default 1), {@code --spread N} agreements for (b) and (d) (default 5000),
 * {@code --crowded N} agreements for (c) (default 2000).
 */
public final class EligibilityBench {

    private static final String[][] CASES = {
            {"a_one_allowed", "(a) 1 agreement, allowed", "a_one_allowed"},
            {"a_one_refused", "(a) 1 agreement, refused (4 reasons)", "a_one_refused"},
            {"b_spread_allowed", "(b) %spread% agreements, 1 per way, allowed", "a_one_allowed"},
            {"b_spread_refused", "(b) %spread% agreements, 1 per way, refused", "a_one_refused"},
            {"c_crowded_allowed", "(c) %crowded% on the checked way, allowed by the last", "a_one_allowed"},
            {"c_crowded_refused", "(c) %crowded% on the checked way, refused", "a_one_refused"},
            {"d_build_index", "(d) Eligibility.of(%spread% agreements)", "a_one_allowed"},
    };

    public static void main(String[] args) throws RunnerException {
        Map<String, String> options = options(args, Map.of("rounds", "2", "warmups", "2", "iterations", "3",
                "seconds", "1", "spread", "5000", "crowded", "2000"));
        Map<String, List<Double>> averages = new LinkedHashMap<>();
        Map<String, MultisetStatistics> samples = new LinkedHashMap<>();
        int rounds = Integer.parseInt(options.get("rounds"));
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(Locale.ROOT, "== eligibility round %d of %d%n", round, rounds);
            for (BenchmarkResult result : run(options)) {
                String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
                for (IterationResult iteration : result.getIterationResults()) {
                    if (result.getParams().getMode() == Mode.AverageTime) {
                        averages.computeIfAbsent(name, k -> new ArrayList<>())
                                .add(iteration.getPrimaryResult().getScore());
                    } else {
                        add(samples.computeIfAbsent(name, k -> new MultisetStatistics()), iteration);
                    }
                }
            }
        }
        report(options, averages, samples);
    }

    /** {@code --name value} options, each with a default; an unknown name is refused (as the other drivers do). */
    private static Map<String, String> options(String[] args, Map<String, String> defaults) {
        Map<String, String> options = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !defaults.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("option \"" + args[i] + "\": expected one of --"
                        + String.join(", --", defaults.keySet()) + ", each followed by a value");
            }
            options.put(name, args[++i]);
        }
        return options;
    }

    private static List<BenchmarkResult> run(Map<String, String> options) throws RunnerException {
        TimeValue seconds = TimeValue.seconds(Long.parseLong(options.get("seconds")));
        OptionsBuilder builder = new OptionsBuilder();
        builder.include("^" + EligibilityBenchmark.class.getName().replace(".", "\\.") + "\\.")
                .mode(Mode.AverageTime).mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS)
                .forks(1)
                .warmupIterations(Integer.parseInt(options.get("warmups"))).warmupTime(seconds)
                .measurementIterations(Integer.parseInt(options.get("iterations"))).measurementTime(seconds)
                .jvmArgsAppend("-Xmx2g", "-Dcrossings.bench.spread=" + options.get("spread"),
                        "-Dcrossings.bench.crowded=" + options.get("crowded"));
        List<BenchmarkResult> results = new ArrayList<>();
        for (RunResult run : new Runner(builder.build()).run()) {
            results.addAll(run.getBenchmarkResults());
        }
        return results;
    }

    /** Adds every call an iteration sampled (value in µs, with its count) to {@code into}. */
    private static void add(MultisetStatistics into, IterationResult iteration) {
        Iterator<Map.Entry<Double, Long>> raw = iteration.getPrimaryResult().getStatistics().getRawData();
        while (raw.hasNext()) {
            Map.Entry<Double, Long> value = raw.next();
            into.addValue(value.getKey(), value.getValue());
        }
    }

    private static void report(Map<String, String> options, Map<String, List<Double>> averages,
            Map<String, MultisetStatistics> samples) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, """

                == eligibility results (µs per call; avgt: median (min–max) of the measured iterations' averages, \
                %s rounds x %s iterations of %s s; sampled: percentiles of single calls)
                %-52s %-26s %8s   %9s %9s %9s %9s %10s
                """, options.get("rounds"), options.get("iterations"), options.get("seconds"), "case",
                "avgt median (min–max)", "÷ (a)", "p50", "p90", "p99", "p99.9", "samples"));
        for (String[] row : CASES) {
            List<Double> average = averages.get(row[0]);
            if (average == null) {
                continue;
            }
            Stats stats = Stats.of(average);
            double baseline = Stats.of(averages.get(row[2])).median();
            MultisetStatistics sampled = samples.getOrDefault(row[0], new MultisetStatistics());
            String label = row[1].replace("%spread%", options.get("spread")).replace("%crowded%", options.get("crowded"));
            text.append(String.format(Locale.ROOT, "%-52s %-26s %8s   %9s %9s %9s %9s %,10d%n", label,
                    String.format(Locale.ROOT, "%s (%s–%s)", number(stats.median()), number(stats.min()),
                            number(stats.max())),
                    String.format(Locale.ROOT, "%.1f", stats.median() / baseline), number(sampled.getPercentile(50)),
                    number(sampled.getPercentile(90)), number(sampled.getPercentile(99)),
                    number(sampled.getPercentile(99.9)), sampled.getN()));
        }
        text.append("÷ (a): to (a) allowed for allowed checks and the index build, to (a) refused for refused checks.\n");
        List<Double> build = averages.get("d_build_index");
        if (build != null) {
            text.append(String.format(Locale.ROOT, "(d) per agreement: %s µs%n",
                    number(Stats.of(build).median() / Integer.parseInt(options.get("spread")))));
        }
        System.out.print(text);
    }

    /** Three significant digits at least, in plain notation: 0.412, 3.08, 1,234. */
    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        String format = value >= 100 ? "%,.0f" : value >= 10 ? "%.1f" : value >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, format, value);
    }
}

package org.crossings.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The report of {@link DecisionsBench}: one line per step, then per workload the highest rate held, and the
 * first workload's latencies as ratios to each baseline's at the same rate.
 */
final class DecisionsReport {

    private final List<OpenLoop.Step> steps;
    private final List<String> workloads;
    private final double aimP99;

    DecisionsReport(List<OpenLoop.Step> steps, List<String> workloads, double aimP99Millis) {
        this.steps = steps;
        this.workloads = workloads;
        this.aimP99 = aimP99Millis;
    }

    static String line(OpenLoop.Step s) {
        double seconds = s.ok() / Math.max(s.achieved(), 1e-9);
        Map<String, Long> c = s.counters();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "%-11s %5d/s: sent %,7d ok %,7d errors %,5d achieved %7.1f/s  p50 %7.2f p90 %7.2f p99 %8.2f "
                        + "max %8.2f ms%n            late starts p50 %.2f p99 %.2f max %.2f ms; cpu %% of one core: "
                        + "server %.0f postgres %.0f driver %.0f; per request: server cpu %.2f ms, postgres cpu %.2f ms, "
                        + "%.1f transactions, %.2f WAL flushes, %,.0f WAL bytes",
                s.workload(), s.rate(), s.sent(), s.ok(), s.errors(), s.achieved(), s.percentileMillis(50),
                s.percentileMillis(90), s.percentileMillis(99), s.percentileMillis(100), s.lateStartMillis(50),
                s.lateStartMillis(99), s.lateStartMillis(100), percent(c, "server", seconds),
                percent(c, "postgres", seconds), percent(c, "driver", seconds), perRequest(c, "server", s.ok()),
                perRequest(c, "postgres", s.ok()), perRequest(c, "pg transactions", s.ok()),
                perRequest(c, "pg wal syncs", s.ok()), perRequest(c, "pg wal bytes", s.ok())));
        for (String error : s.firstErrors()) {
            line.append("\n    error: ").append(error.replace("\n", " "));
        }
        return line.toString();
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%n== decisions: latency from the due time; held = no errors, >= 95%% of the rate "
                + "achieved, p99 < %.0f ms%n", aimP99);
        for (String workload : workloads) {
            List<OpenLoop.Step> of = of(workload);
            out.printf(Locale.ROOT, "%-11s highest rate held: %s; highest with no errors (any p99): %s%n", workload,
                    highest(of, true).map(s -> s.rate() + "/s").orElse("none"),
                    highest(of, false).map(s -> s.rate() + "/s").orElse("none"));
        }
        String first = workloads.get(0);
        for (String baseline : workloads.subList(1, workloads.size())) {
            out.printf(Locale.ROOT, "%n%s ÷ %s at the same rate:%n", first, baseline);
            for (OpenLoop.Step s : of(first)) {
                of(baseline).stream().filter(b -> b.rate() == s.rate()).findFirst().ifPresent(b -> out.printf(
                        Locale.ROOT, "  %5d/s  p50 %7.2f ÷ %6.2f ms = ×%.1f   p99 %8.2f ÷ %7.2f ms = ×%.1f   "
                                + "server cpu/request %.2f ÷ %.2f ms%n", s.rate(),
                        s.percentileMillis(50), b.percentileMillis(50), s.percentileMillis(50) / b.percentileMillis(50),
                        s.percentileMillis(99), b.percentileMillis(99), s.percentileMillis(99) / b.percentileMillis(99),
                        perRequest(s.counters(), "server", s.ok()), perRequest(b.counters(), "server", b.ok())));
            }
        }
    }

    private List<OpenLoop.Step> of(String workload) {
        return steps.stream().filter(s -> s.workload().equals(workload)).toList();
    }

    private Optional<OpenLoop.Step> highest(List<OpenLoop.Step> of, boolean withAim) {
        return of.stream().filter(s -> s.errors() == 0 && s.achieved() >= 0.95 * s.rate())
                .filter(s -> !withAim || s.percentileMillis(99) < aimP99)
                .reduce((a, b) -> b.rate() > a.rate() ? b : a);
    }

    private static double percent(Map<String, Long> cpu, String who, double seconds) {
        return cpu.getOrDefault(who, 0L) / 10.0 / seconds;
    }

    private static double perRequest(Map<String, Long> counters, String what, int requests) {
        return requests == 0 ? Double.NaN : (double) counters.getOrDefault(what, 0L) / requests;
    }
}

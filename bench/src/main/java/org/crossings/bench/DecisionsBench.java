package org.crossings.bench;

import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench/run decisions}: officers' decisions over HTTP at fixed rates, against the real server
 * ({@code crossings-server-exec.jar}) on a fresh embedded database in a temporary data directory, loopback only.
 *
 * <p>The server starts with the demo world; the officers at Margara ({@code arm-officer-margara}) and Alican
 * ({@code tur-officer-alican}) sign in and issue themselves API tokens. Then, for each rate (ascending), each
 * workload runs one {@link OpenLoop} step: a warm-up at that rate, then the measured part:
 * <ul>
 *   <li>{@code decisions}: {@code POST /api/cases/{reference}/decisions}, exit allowed by the officer at Margara
 *       and entry admitted by the officer at Alican, alternating, on cases prepared before the step
 *       ({@link DecisionCases}; not measured);</li>
 *   <li>{@code eligibility}: {@code POST /api/eligibility} for the same traveller by the same two officers,
 *       alternating: the same HTTP, security (API token) and JSON path, writing nothing;</li>
 *   <li>{@code health}: {@code GET /health}, no caller: the HTTP floor of this server.</li>
 * </ul>
 * After each step the driver waits until the server answers promptly again ({@link #settle}). A rate is
 * <em>held</em> with no errors, at least 95% of it achieved and a 99th percentile under the aim. The
 * climb stops after {@code --give-up} consecutive rates that the first workload did not hold with no errors.
 *
 * <p>Options: {@code --rates 100,200,...} per second, {@code --warmup S} and {@code --seconds S} per step
 * (default 50,100,150,200,250,300,400,500,600,800,1000; 5 and 20), {@code --workloads decisions,eligibility,health}, {@code --connections N} in flight at most
 * (64), {@code --clients N} preparing cases (8), {@code --nationality D<<}, {@code --aim-p99-ms 25},
 * {@code --give-up N} (2), {@code --pause-ms N} between steps (2000), {@code --jfr true} (a flight recording of
 * the server, copied next to the reports), {@code --server-options "..."} (more JVM options for the server),
 * {@code --jar PATH}.
 */
public final class DecisionsBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Args.parse(args, Map.ofEntries(
                Map.entry("rates", "50,100,150,200,250,300,400,500,600,800,1000"), Map.entry("warmup", "5"),
                Map.entry("seconds", "20"), Map.entry("workloads", "decisions,eligibility,health"),
                Map.entry("connections", "64"), Map.entry("clients", "8"), Map.entry("nationality", "D<<"),
                Map.entry("aim-p99-ms", "25"), Map.entry("give-up", "2"), Map.entry("pause-ms", "2000"),
                Map.entry("jfr", "false"), Map.entry("server-options", ""),
                Map.entry("jar", "server/target/crossings-server-exec.jar")));
        Path jar = Path.of(options.get("jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("--jar " + jar + ": no such file; build it with ./mvnw package");
        }
        int[] rates = Arrays.stream(options.get("rates").split(",")).mapToInt(r -> Integer.parseInt(r.strip()))
                .sorted().toArray();
        List<String> workloads = List.of(options.get("workloads").split(","));
        Path temp = Files.createTempDirectory("crossings-decisions-bench");
        List<String> serverOptions = serverOptions(options, temp);
        System.out.println("server JVM options: " + serverOptions);
        List<OpenLoop.Step> steps = new ArrayList<>();
        try (ServerProcess server = ServerProcess.start(jar, temp.resolve("data"), serverOptions)) {
            System.out.println("server ready: pid " + server.pid() + ", " + server.url("/"));
            run(server, options, rates, workloads, steps);
        } finally {
            keepRecording(options, temp);
            StartupBench.deleteTree(temp);
        }
        new DecisionsReport(steps, workloads, Double.parseDouble(options.get("aim-p99-ms"))).print(System.out);
    }

    private static void run(ServerProcess server, Map<String, String> options, int[] rates, List<String> names,
                            List<OpenLoop.Step> steps) throws Exception {
        String exitOfficer = ApiTokens.issue(server, "arm-officer-margara");
        String entryOfficer = ApiTokens.issue(server, "tur-officer-alican");
        DecisionCases cases = new DecisionCases(server, exitOfficer, entryOfficer,
                new Passports(options.get("nationality"), (char) ('A' + (int) (System.nanoTime() % 26))));
        Map<String, OpenLoop.Workload> workloads = new LinkedHashMap<>();
        for (String name : names) {
            workloads.put(name, switch (name) {
                case "decisions" -> cases.workload();
                case "eligibility" -> eligibility(server, exitOfficer, entryOfficer);
                case "health" -> health(server);
                default -> throw new IllegalArgumentException("--workloads: unknown \"" + name
                        + "\"; expected decisions, eligibility, health");
            });
        }
        try (PostgresCounters postgres = new PostgresCounters(server.dataDir())) {
            climb(options, rates, names, steps, cases, workloads,
                    new OpenLoop(Integer.parseInt(options.get("connections")), counters(server, postgres)),
                    () -> settle(server, exitOfficer));
        }
    }

    private static void climb(Map<String, String> options, int[] rates, List<String> names, List<OpenLoop.Step> steps,
                              DecisionCases cases, Map<String, OpenLoop.Workload> workloads, OpenLoop loop,
                              java.util.concurrent.Callable<Double> settle) throws Exception {
        Duration warmUp = Duration.ofSeconds(Long.parseLong(options.get("warmup")));
        Duration measured = Duration.ofSeconds(Long.parseLong(options.get("seconds")));
        long pause = Long.parseLong(options.get("pause-ms"));
        int giveUp = Integer.parseInt(options.get("give-up"));
        int misses = 0;
        for (int rate : rates) {
            for (String name : names) {
                if (name.equals("decisions")) {
                    int slots = (int) (rate * (warmUp.toSeconds() + measured.toSeconds()));
                    double seconds;
                    try {
                        seconds = cases.prepare((slots + 1) / 2 + rate / 10, slots / 2 + rate / 10,
                                Integer.parseInt(options.get("clients")));
                    } catch (IllegalStateException failed) {
                        System.out.println("stopping the climb: the server could not take in the cases for "
                                + rate + "/s: " + failed.getMessage());
                        return;
                    }
                    System.out.printf(java.util.Locale.ROOT, "prepared in %.1f s: %s%n", seconds, cases.counts());
                }
                Thread.sleep(pause);
                OpenLoop.Step step = loop.run(workloads.get(name), rate, warmUp, measured);
                steps.add(step);
                System.out.println(DecisionsReport.line(step));
                double settled = settle.call();
                if (settled > 1) {
                    System.out.printf(java.util.Locale.ROOT, "    the server took %.1f s to answer promptly again%n",
                            settled);
                }
                if (name.equals(names.get(0))) {
                    misses = step.errors() == 0 && step.achieved() >= 0.95 * rate ? 0 : misses + 1;
                }
            }
            if (misses >= giveUp) {
                System.out.println("stopping the climb: " + names.get(0) + " missed " + misses + " rates in a row");
                break;
            }
        }
    }

    /**
     * Waits until the server answers {@code GET /api/me} (an API token looked up in the database) within 50 ms
     * three times in a row, at most 3 minutes: after an overloaded step it is still working through requests this
     * client gave up on, and the next step must not start behind them. Returns the seconds waited.
     */
    private static double settle(ServerProcess server, String token) throws Exception {
        HttpRequest me = HttpRequest.newBuilder(server.url("/api/me")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        long begin = System.nanoTime();
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            int prompt = 0;
            while (prompt < 3 && System.nanoTime() - begin < Duration.ofMinutes(3).toNanos()) {
                long sent = System.nanoTime();
                try {
                    int status = client.send(me, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                    prompt = status == 200 && System.nanoTime() - sent < 50_000_000L ? prompt + 1 : 0;
                } catch (java.io.IOException slow) {
                    prompt = 0;
                }
                Thread.sleep(100);
            }
        }
        return (System.nanoTime() - begin) / 1e9 - 0.3;
    }

    private static OpenLoop.Workload eligibility(ServerProcess server, String exitOfficer, String entryOfficer) {
        String body = """
                {"traveller": {"nationality": "DEU", "document": "P"}, "crossingPoint": "MARGARA-ALICAN",
                 "direction": {"from": "AM-MARGARA", "to": "TR-ALICAN"}}""";
        HttpRequest[] requests = new HttpRequest[2];
        for (int i = 0; i < 2; i++) {
            requests[i] = HttpRequest.newBuilder(server.url("/api/eligibility"))
                    .header("Authorization", "Bearer " + (i == 0 ? exitOfficer : entryOfficer))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        }
        return new OpenLoop.Workload() {
            @Override
            public String name() {
                return "eligibility";
            }

            @Override
            public HttpRequest request(long slot) {
                return requests[(int) (slot % 2)];
            }
        };
    }

    private static OpenLoop.Workload health(ServerProcess server) {
        HttpRequest request = HttpRequest.newBuilder(server.url("/health")).GET().build();
        return new OpenLoop.Workload() {
            @Override
            public String name() {
                return "health";
            }

            @Override
            public HttpRequest request(long slot) {
                return request;
            }
        };
    }

    /** CPU ms of the server's java, its PostgreSQL (all processes) and this driver; PostgreSQL's counters. */
    private static OpenLoop.Counters counters(ServerProcess server, PostgresCounters postgres) {
        long self = ProcessHandle.current().pid();
        return () -> {
            Map<Long, Long> byPid = server.cpuMillis();
            Map<String, Long> cpu = new HashMap<>();
            cpu.put("server", byPid.getOrDefault(server.pid(), 0L));
            cpu.put("postgres", byPid.entrySet().stream().filter(e -> e.getKey() != server.pid())
                    .mapToLong(Map.Entry::getValue).sum());
            cpu.put("driver", ServerProcess.cpuMillisOf(self));
            cpu.putAll(postgres.sample());
            return cpu;
        };
    }

    private static List<String> serverOptions(Map<String, String> options, Path temp) {
        List<String> jvm = new ArrayList<>();
        if (Boolean.parseBoolean(options.get("jfr"))) {
            jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + temp.resolve("server.jfr")
                    + ",dumponexit=true");
        }
        String more = options.get("server-options").strip();
        if (!more.isEmpty()) {
            jvm.addAll(List.of(more.split("\\s+")));
        }
        return jvm;
    }

    private static void keepRecording(Map<String, String> options, Path temp) throws Exception {
        Path recording = temp.resolve("server.jfr");
        if (Boolean.parseBoolean(options.get("jfr")) && Files.isRegularFile(recording)) {
            Path kept = Path.of("bench/target/results/decisions-server-" + System.currentTimeMillis() + ".jfr");
            Files.createDirectories(kept.getParent());
            Files.copy(recording, kept);
            System.out.println("server flight recording: " + kept.toAbsolutePath());
        }
        Path log = temp.resolve("data").resolve("server.log");
        if (Files.isRegularFile(log)) {
            Path kept = Path.of("bench/target/results/decisions-server-" + System.currentTimeMillis() + ".log");
            Files.createDirectories(kept.getParent());
            Files.copy(log, kept);
            System.out.println("server log: " + kept.toAbsolutePath());
        }
    }
}

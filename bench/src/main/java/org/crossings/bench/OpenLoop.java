package org.crossings.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load at a fixed rate: request {@code i} is due at {@code start + i / rate}, whatever happened to the
 * ones before, and its latency is counted from that <em>due</em> time, not from when it was actually sent, so a
 * stalled server (or a queue in this client) shows in the latency instead of lowering the load (no coordinated
 * omission).
 *
 * <p>One scheduler thread hands each request, on time, to a virtual thread of its own, which waits for one of
 * {@code connections} permits and sends it with a blocking {@link HttpClient#send} (HTTP/1.1): so at most
 * {@code connections} requests are in flight and the JDK client's pool holds at most that many keep-alive
 * connections. A fresh client per step, so every step opens its connections during its own warm-up.
 */
final class OpenLoop {

    /** What to send: the request of slot {@code i}, and what to do with its 2xx answer. */
    interface Workload {
        String name();

        HttpRequest request(long slot);

        default void answered(long slot, HttpResponse<String> response) {
        }
    }

    /**
     * The outcome of one step. {@code latencies}: of the measured 2xx answers, from their due time, in ns, sorted;
     * {@code lateStarts}: how late each measured request began to be sent (waiting for this machine's cores or for
     * a free connection), ns, sorted; {@code counters}: what the sampler counted over the measured part.
     */
    record Step(String workload, int rate, int sent, int ok, int errors, double achieved, long[] latencies,
                long[] lateStarts, List<String> firstErrors, Map<String, Long> counters) {

        double percentileMillis(double p) {
            return percentile(latencies, p) / 1e6;
        }

        double lateStartMillis(double p) {
            return percentile(lateStarts, p) / 1e6;
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final int connections;
    private final Counters counters;

    OpenLoop(int connections, Counters counters) {
        this.connections = connections;
        this.counters = counters;
    }

    /** Counters (CPU time of the processes involved, the database's commits...), read at the start and end of the
     * measured part of a step. */
    interface Counters {
        Map<String, Long> sample() throws IOException;
    }

    Step run(Workload workload, int rate, Duration warmUp, Duration measured) throws Exception {
        int warm = (int) (rate * warmUp.toMillis() / 1000);
        int total = warm + (int) (rate * measured.toMillis() / 1000);
        long[] due = new long[total];
        long[] done = new long[total];
        long[] started = new long[total];
        boolean[] ok = new boolean[total];
        AtomicInteger errors = new AtomicInteger();
        ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
        Semaphore permits = new Semaphore(connections);
        Map<String, Long> before = Map.of();
        long start = System.nanoTime() + 20_000_000L;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                due[i] = start + (long) (i * 1e9 / rate);
                sleepUntil(due[i]);
                if (i == warm) {
                    before = counters.sample();
                }
                int slot = i;
                threads.execute(() -> {
                    try {
                        permits.acquire();
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        started[slot] = System.nanoTime();
                        if (started[slot] - due[slot] > REQUEST_TIMEOUT.toNanos()) {
                            // It would time out before it was sent: count it as failed rather than queue it, so an
                            // overloaded step ends about REQUEST_TIMEOUT after its last due time.
                            done[slot] = started[slot];
                            failed(slot >= warm, errors, firstErrors, "not sent: no free connection for "
                                    + REQUEST_TIMEOUT.toSeconds() + " s after its due time");
                            return;
                        }
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(workload.request(slot),
                                (name, value) -> true).timeout(REQUEST_TIMEOUT).build(),
                                HttpResponse.BodyHandlers.ofString());
                        done[slot] = System.nanoTime();
                        if (response.statusCode() / 100 == 2) {
                            ok[slot] = true;
                            workload.answered(slot, response);
                        } else {
                            failed(slot >= warm, errors, firstErrors, response.statusCode() + " " + response.body());
                        }
                    } catch (IOException | RuntimeException e) {
                        done[slot] = System.nanoTime();
                        failed(slot >= warm, errors, firstErrors, e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        permits.release();
                    }
                });
            }
        }
        Map<String, Long> after = counters.sample();
        return summary(workload.name(), rate, warm, new long[][] {due, started, done}, ok, errors.get(),
                List.copyOf(firstErrors), difference(before, after));
    }

    private static Step summary(String name, int rate, int warm, long[][] times, boolean[] ok, int errors,
                                List<String> firstErrors, Map<String, Long> counted) {
        long[] due = times[0];
        long[] started = times[1];
        long[] done = times[2];
        int measured = due.length - warm;
        long[] latencies = new long[measured];
        long[] lateStarts = new long[measured];
        int count = 0;
        long last = due[due.length - 1];
        for (int i = warm; i < due.length; i++) {
            last = Math.max(last, done[i]);
            lateStarts[i - warm] = started[i] == 0 ? 0 : started[i] - due[i];
            if (ok[i]) {
                latencies[count++] = done[i] - due[i];
            }
        }
        latencies = Arrays.copyOf(latencies, count);
        Arrays.sort(latencies);
        Arrays.sort(lateStarts);
        // From the due time of the first measured request to the last answer, plus one interval: a server that
        // keeps up achieves the rate asked for, one that falls behind answers later and achieves less.
        double seconds = (last - due[warm]) / 1e9 + 1.0 / rate;
        return new Step(name, rate, measured, count, errors, count / seconds, latencies, lateStarts, firstErrors, counted);
    }

    private static void failed(boolean measured, AtomicInteger errors, ConcurrentLinkedQueue<String> first,
                               String what) {
        if (measured) {
            errors.incrementAndGet();
        }
        if (first.size() < 5) {
            String text = what.length() > 300 ? what.substring(0, 300) + "..." : what;
            first.add((measured ? "" : "(warm-up) ") + text);
        }
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue() - before.getOrDefault(e.getKey(), 0L), (a, b) -> a, java.util.TreeMap::new));
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}

package org.crossings.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cases of third-country travellers at Margara → Alican, for officers' decisions: those awaiting the exit decision
 * (taken in through {@code POST /api/intake} by the officer at the departure post) and those awaiting the entry
 * decision (exit allowed). The decisions workload alternates the two: even slots allow the exit of a case awaiting
 * it (which then awaits entry), odd slots admit a case awaiting entry.
 *
 * <p>{@link #prepare} tops both queues up before a step, through the same API with a few concurrent clients; it is
 * not measured. The exits allowed in one step feed the entries of the next, so a step at a higher rate needs only
 * the difference prepared with an exit decision.
 */
final class DecisionCases {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final String WAY = """
            "crossingPoint": "MARGARA-ALICAN", "direction": {"from": "AM-MARGARA", "to": "TR-ALICAN"}""";

    private final ServerProcess server;
    private final String exitOfficer;
    private final String entryOfficer;
    private final Passports passports;
    private final Queue<String> awaitingExit = new ConcurrentLinkedQueue<>();
    private final Queue<String> awaitingEntry = new ConcurrentLinkedQueue<>();

    /** @param exitOfficer the API token of the officer at AM-MARGARA; {@code entryOfficer} at TR-ALICAN */
    DecisionCases(ServerProcess server, String exitOfficer, String entryOfficer, Passports passports) {
        this.server = server;
        this.exitOfficer = exitOfficer;
        this.entryOfficer = entryOfficer;
        this.passports = passports;
    }

    /** Makes sure at least {@code exits} cases await exit and {@code entries} await entry; returns seconds taken. */
    double prepare(int exits, int entries, int clients) throws Exception {
        int newEntries = Math.max(0, entries - awaitingEntry.size());
        int newExits = Math.max(0, exits - awaitingExit.size());
        long begin = System.nanoTime();
        AtomicInteger left = new AtomicInteger(newEntries + newExits);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                threads.execute(() -> {
                    int n;
                    while ((n = left.decrementAndGet()) >= 0) {
                        try {
                            String reference = call(client, intake(), 201, true);
                            if (n < newEntries) {
                                call(client, exit(reference), 201, false);
                                awaitingEntry.add(reference);
                            } else {
                                awaitingExit.add(reference);
                            }
                        } catch (RuntimeException failure) {
                            failures.add(failure.getMessage());
                            left.set(-1);
                        }
                    }
                });
            }
        }
        if (awaitingExit.size() < exits || awaitingEntry.size() < entries) {
            throw new IllegalStateException("preparation fell short (" + counts() + "): "
                    + failures.stream().findFirst().orElse("no failure reported"));
        }
        return (System.nanoTime() - begin) / 1e9;
    }

    /** Officers' decisions, exit and entry alternating. */
    OpenLoop.Workload workload() {
        return new OpenLoop.Workload() {
            @Override
            public String name() {
                return "decisions";
            }

            @Override
            public HttpRequest request(long slot) {
                return slot % 2 == 0 ? exit(take(awaitingExit, "exit")) : entry(take(awaitingEntry, "entry"));
            }

            @Override
            public void answered(long slot, HttpResponse<String> response) {
                if (slot % 2 == 0) {
                    awaitingEntry.add(response.request().uri().getPath().split("/")[3]);
                }
            }
        };
    }

    String counts() {
        return String.format(Locale.ROOT, "%,d awaiting exit, %,d awaiting entry", awaitingExit.size(),
                awaitingEntry.size());
    }

    private static String take(Queue<String> cases, String step) {
        String reference = cases.poll();
        if (reference == null) {
            throw new IllegalStateException("no case left awaiting " + step + " (prepare more)");
        }
        return reference;
    }

    HttpRequest intake() {
        String mrz = passports.next().replace("\n", "\\n");
        return post("/api/intake", exitOfficer, "{\"mrz\": \"" + mrz + "\", \"purpose\": \"tourism\", " + WAY + "}");
    }

    HttpRequest exit(String reference) {
        return post("/api/cases/" + reference + "/decisions", exitOfficer, "{\"step\": \"exit\", \"outcome\": \"allowed\"}");
    }

    HttpRequest entry(String reference) {
        return post("/api/cases/" + reference + "/decisions", entryOfficer,
                "{\"step\": \"entry\", \"outcome\": \"admitted\"}");
    }

    private HttpRequest post(String path, String token, String json) {
        return HttpRequest.newBuilder(server.url(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static String call(HttpClient client, HttpRequest request, int expected, boolean reference) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": "
                        + response.statusCode() + " " + response.body());
            }
            if (!reference) {
                return null;
            }
            Matcher matcher = REFERENCE.matcher(response.body());
            if (!matcher.find()) {
                throw new IllegalStateException("no reference in the intake's answer: " + response.body());
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

package org.crossings.tlog.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.crossings.tlog.checkpoint.Checkpoint;
import org.crossings.tlog.checkpoint.SignedCheckpoint;
import org.crossings.tlog.merkle.CompactRange;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.TreeHash;
import org.crossings.tlog.note.NoteSigner;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.HashTile;
import org.crossings.tlog.tiles.TileLayout;

/**
 * A log built in memory and served under {@code /log/} by the JDK's HTTP server on 127.0.0.1, as a static tlog-tiles
 * host would serve it. Each growth publishes the bundles and tiles it creates and keeps the older, narrower partial
 * ones, as a log may. Tests then make the host misbehave: fail, stall, lose or lie about a resource.
 */
final class LoopbackLog implements AutoCloseable {

    private final NoteSigner signer;
    private final List<byte[]> entries = new ArrayList<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Duration> stalls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpServer server;
    private volatile int failureStatus = 503;
    private boolean closed;

    LoopbackLog(NoteSigner signer) {
        this.signer = signer;
        System.setProperty("sun.net.httpserver.nodelay", "true"); // else each answer waits out a delayed ACK
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/log/", this::serve);
        server.setExecutor(executor);
        server.start();
    }

    URI prefix() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/log/");
    }

    /** Appends entries {@code "entry <i>"} up to {@code size}, then publishes the new bundles, tiles and checkpoint. */
    LoopbackLog growTo(long size) {
        long before = entries.size();
        while (entries.size() < size) {
            entries.add(("entry " + entries.size()).getBytes(StandardCharsets.UTF_8));
        }
        List<List<Hash>> levels = levels();
        TileLayout.tilesBetween(before, size).forEach(tile -> {
            int first = (int) (tile.index() * TileLayout.WIDTH);
            files.put(tile.path(), HashTile.encode(levels.get(tile.level()).subList(first, first + tile.width())));
            if (tile.level() == 0) {
                files.put(new EntryBundlePath(tile.index(), tile.width()).path(),
                        EntryBundle.encode(entries.subList(first, first + tile.width())));
            }
        });
        files.put("checkpoint", checkpoint().getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** levels.get(L) holds the Merkle nodes of level 8L, in index order. */
    private List<List<Hash>> levels() {
        List<List<Hash>> levels = new ArrayList<>();
        CompactRange range = CompactRange.empty();
        for (byte[] entry : entries) {
            range.append(TreeHash.leaf(entry), (level, index, hash) -> {
                if (level % TileLayout.HEIGHT == 0) {
                    while (levels.size() <= level / TileLayout.HEIGHT) {
                        levels.add(new ArrayList<>());
                    }
                    levels.get(level / TileLayout.HEIGHT).add(hash);
                }
            });
        }
        return levels;
    }

    String checkpoint() {
        CompactRange range = CompactRange.empty();
        entries.forEach(entry -> range.append(TreeHash.leaf(entry)));
        return SignedCheckpoint.sign(new Checkpoint(signer.name(), entries.size(), range.root()), signer).encode();
    }

    List<byte[]> entries() {
        return List.copyOf(entries);
    }

    byte[] file(String path) {
        return files.get(path).clone();
    }

    /** Serves {@code body} at {@code path} from now on: a host that lies, or one that lost the file if null. */
    void serve(String path, byte[] body) {
        if (body == null) {
            files.remove(path);
        } else {
            files.put(path, body);
        }
    }

    /** Answers the next {@code times} requests for {@code path} with {@code status}. */
    void failNext(String path, int times, int status) {
        failureStatus = status;
        failures.put(path, times);
    }

    /** Waits {@code stall} before answering each request for {@code path}. */
    void stall(String path, Duration stall) {
        stalls.put(path, stall);
    }

    /** How many requests for {@code path} the host has had. */
    int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring("/log/".length());
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Duration stall = stalls.get(path);
            if (stall != null) {
                sleep(stall);
            }
            if (takeFailure(path)) {
                exchange.sendResponseHeaders(failureStatus, -1);
                return;
            }
            byte[] body = files.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Whether this request for {@code path} is one of those planned to fail. */
    private boolean takeFailure(String path) {
        boolean[] fail = {false};
        failures.computeIfPresent(path, (p, left) -> {
            fail[0] = true;
            return left > 1 ? left - 1 : null;
        });
        return fail[0];
    }

    private static void sleep(Duration stall) {
        try {
            Thread.sleep(stall);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        executor.shutdownNow();
    }
}

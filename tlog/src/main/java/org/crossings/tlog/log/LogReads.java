package org.crossings.tlog.log;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.tiles.EntryBundle;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TilePath;

/**
 * The read side of the log, as <a href="https://c2sp.org/tlog-tiles">tlog-tiles</a> clients fetch it: the latest
 * checkpoint, hash tiles and entry bundles.
 *
 * <p>Only what the latest published checkpoint covers is served: a client fetches tiles implied by a checkpoint it
 * holds, and anything beyond would show entries no checkpoint vouches for yet. A partial tile or bundle of width W is
 * served while the covered tree has at least W hashes (or entries) there, also after the full one exists, as its
 * first W; wider than that, or past the covered tree, is "not found" (empty). Safe for use from many threads.
 *
 * <p>A tile or bundle the checkpoint covers but the storage no longer holds whole (a row deleted behind the writer's
 * back) is "not found" too, and logged as an error: that is the truth about this log, and it lets every auditor prove
 * the loss against the signed checkpoint, where a server error would look like an outage.
 */
public final class LogReads {

    private static final System.Logger LOG = System.getLogger(LogReads.class.getName());

    private final LogStorage storage;

    public LogReads(LogStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    /** The latest published checkpoint: the signed note, as stored. */
    public Optional<PublishedCheckpoint> latestCheckpoint() {
        return storage.latestCheckpoint();
    }

    /** The body of {@code /checkpoint}: the latest signed checkpoint note, UTF-8. */
    public Optional<byte[]> checkpoint() {
        return storage.latestCheckpoint().map(checkpoint -> checkpoint.note().getBytes(StandardCharsets.UTF_8));
    }

    /** The body of {@code /tile/<L>/<N>[.p/<W>]}, or empty if the published tree has no such tile of that width. */
    public Optional<byte[]> tile(TilePath path) {
        if (!published(path.level(), path.index(), path.width())) {
            return Optional.empty();
        }
        Optional<byte[]> stored = storage.tile(path.level(), path.index());
        int length = path.width() * Hash.SIZE;
        if (stored.isEmpty() || stored.get().length < length) {
            return lost("tile " + path + " is covered by the latest checkpoint but "
                    + stored.map(bytes -> "only " + bytes.length / Hash.SIZE + " of its hashes are").orElse("not")
                    + " stored");
        }
        return Optional.of(stored.get().length == length ? stored.get() : Arrays.copyOf(stored.get(), length));
    }

    /** The body of {@code /tile/entries/<N>[.p/<W>]}, or empty if the published tree has no such bundle. */
    public Optional<byte[]> entryBundle(EntryBundlePath path) {
        if (!published(0, path.index(), path.width())) {
            return Optional.empty();
        }
        List<byte[]> entries = storage.entries(path.index() * TileLayout.WIDTH, path.width());
        if (entries.size() != path.width()) {
            return lost("entry bundle " + path + " is covered by the latest checkpoint but only " + entries.size()
                    + " of its entries are stored");
        }
        return Optional.of(EntryBundle.encode(entries));
    }

    private static Optional<byte[]> lost(String what) {
        LOG.log(Level.ERROR, "LOG INTEGRITY: " + what + "; served as not found");
        return Optional.empty();
    }

    private boolean published(int level, long index, int width) {
        long size = storage.latestCheckpoint().map(PublishedCheckpoint::size).orElse(0L);
        return TileLayout.tile(level, index, size).map(existing -> width <= existing.width()).orElse(false);
    }
}

package org.crossings.tlog.log;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.crossings.tlog.storage.Batch;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.storage.PublishedCheckpoint;
import org.crossings.tlog.storage.TreeState;

/**
 * A real storage with someone interfering: tiles that read back changed (as if edited in the database), entries and
 * tiles that are gone (as if their rows were deleted), and commits that fail (as if the database went away). Shows
 * what the writer and its read side do when storage misbehaves.
 */
final class InterferingLogStorage implements LogStorage {

    private final LogStorage storage;
    private final Map<String, byte[]> changedTiles = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lost = new ConcurrentHashMap<>();
    private final AtomicReference<RuntimeException> nextCommitFailure = new AtomicReference<>();

    InterferingLogStorage(LogStorage storage) {
        this.storage = storage;
    }

    /** From now on, tile (level, index) reads back with its first hash's first byte flipped. */
    void changeTile(int level, long index) {
        byte[] tile = storage.tile(level, index).orElseThrow();
        tile[0] ^= 1;
        changedTiles.put(level + "/" + index, tile);
    }

    /** From now on, entry {@code index} is gone: reads return the entries around it. */
    void loseEntry(long index) {
        lost.put("entry " + index, true);
    }

    /** From now on, tile (level, index) is gone. */
    void loseTile(int level, long index) {
        lost.put(level + "/" + index, true);
    }

    /** The next commit fails with {@code failure}, after doing nothing. */
    void failNextCommit(RuntimeException failure) {
        nextCommitFailure.set(failure);
    }

    @Override
    public Optional<TreeState> state() {
        return storage.state();
    }

    @Override
    public void commit(Batch batch) {
        RuntimeException failure = nextCommitFailure.getAndSet(null);
        if (failure != null) {
            throw failure;
        }
        storage.commit(batch);
    }

    @Override
    public List<byte[]> entries(long start, int count) {
        List<byte[]> kept = new ArrayList<>();
        List<byte[]> stored = storage.entries(start, count);
        for (int i = 0; i < stored.size(); i++) {
            if (!lost.containsKey("entry " + (start + i))) {
                kept.add(stored.get(i));
            }
        }
        return kept;
    }

    @Override
    public Optional<byte[]> tile(int level, long index) {
        if (lost.containsKey(level + "/" + index)) {
            return Optional.empty();
        }
        byte[] changed = changedTiles.get(level + "/" + index);
        return changed != null ? Optional.of(changed.clone()) : storage.tile(level, index);
    }

    @Override
    public void publish(PublishedCheckpoint checkpoint) {
        storage.publish(checkpoint);
    }

    @Override
    public Optional<PublishedCheckpoint> latestCheckpoint() {
        return storage.latestCheckpoint();
    }

    @Override
    public List<PublishedCheckpoint> checkpoints(long minSize, long maxSize) {
        return storage.checkpoints(minSize, maxSize);
    }
}

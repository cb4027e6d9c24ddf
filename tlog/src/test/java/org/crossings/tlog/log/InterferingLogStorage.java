package org.crossings.tlog.log;

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
 * A real storage with someone interfering: tiles that read back changed (as if edited in the database) and commits
 * that fail (as if the database went away). Shows what the writer does when storage misbehaves.
 */
final class InterferingLogStorage implements LogStorage {

    private final LogStorage storage;
    private final Map<String, byte[]> changedTiles = new ConcurrentHashMap<>();
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
        return storage.entries(start, count);
    }

    @Override
    public Optional<byte[]> tile(int level, long index) {
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

package org.crossings.tlog.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link LogStorage} in the heap, for tests and for a party that only mirrors a log for the length of a run.
 *
 * <p>Every method holds the object's monitor, which makes each batch atomic and keeps readers from seeing half of one.
 */
public final class InMemoryLogStorage implements LogStorage {

    private final List<byte[]> entries = new ArrayList<>();
    private final Map<TileKey, byte[]> tiles = new HashMap<>();
    private final List<PublishedCheckpoint> checkpoints = new ArrayList<>();
    private TreeState state;

    private record TileKey(int level, long index) {
    }

    @Override
    public synchronized Optional<TreeState> state() {
        return Optional.ofNullable(state);
    }

    @Override
    public synchronized void commit(Batch batch) {
        if (batch.firstIndex() != entries.size()) {
            throw new StaleBatchException(entries.size(), batch.firstIndex());
        }
        for (StoredTile tile : batch.tiles()) {
            byte[] stored = tiles.get(new TileKey(tile.level(), tile.index()));
            if (stored != null && !extends_(tile.hashes(), stored)) {
                throw new BatchRejectedException("batch at " + batch.firstIndex() + " rejected: tile " + tile.level()
                        + "/" + tile.index() + " of " + stored.length + " bytes would change, not grow, to "
                        + tile.hashes().length + " bytes");
            }
        }
        entries.addAll(batch.entries());
        batch.tiles().forEach(tile -> tiles.put(new TileKey(tile.level(), tile.index()), tile.hashes()));
        state = batch.state();
    }

    private static boolean extends_(byte[] grown, byte[] stored) {
        return grown.length >= stored.length && Arrays.equals(grown, 0, stored.length, stored, 0, stored.length);
    }

    @Override
    public synchronized List<byte[]> entries(long start, int count) {
        if (start < 0 || count < 0) {
            throw new IllegalArgumentException("entries: start " + start + " and count " + count + " must not be negative");
        }
        List<byte[]> result = new ArrayList<>();
        for (long i = start; i < Math.min(entries.size(), start + count); i++) {
            result.add(entries.get((int) i).clone());
        }
        return result;
    }

    @Override
    public synchronized Optional<byte[]> tile(int level, long index) {
        return Optional.ofNullable(tiles.get(new TileKey(level, index))).map(byte[]::clone);
    }

    @Override
    public synchronized void publish(PublishedCheckpoint checkpoint) {
        long latest = checkpoints.isEmpty() ? -1 : checkpoints.getLast().size();
        long treeSize = entries.size();
        if (checkpoint.size() < latest || checkpoint.size() > treeSize) {
            throw new CheckpointRejectedException("checkpoint of size " + checkpoint.size() + " rejected: the latest"
                    + " published has size " + latest + " and the stored tree has size " + treeSize);
        }
        checkpoints.add(checkpoint);
    }

    @Override
    public synchronized Optional<PublishedCheckpoint> latestCheckpoint() {
        return checkpoints.isEmpty() ? Optional.empty() : Optional.of(checkpoints.getLast());
    }

    @Override
    public synchronized List<PublishedCheckpoint> checkpoints(long minSize, long maxSize) {
        return checkpoints.stream().filter(c -> c.size() >= minSize && c.size() <= maxSize).toList();
    }
}

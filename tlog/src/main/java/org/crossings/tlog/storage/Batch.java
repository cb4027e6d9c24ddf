package org.crossings.tlog.storage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one group commit adds to the log: entries from {@code firstIndex} on, the hash tiles they changed and the
 * tree state after them. A storage commits a batch whole or not at all.
 *
 * @param firstIndex index of the first entry, which must be the stored tree size
 * @param entries the entries, in index order, at least one
 * @param tiles the tiles this batch created or grew, each whole (not a delta)
 * @param state the tree state after the batch; its size is {@code firstIndex + entries.size()}
 */
public record Batch(long firstIndex, List<byte[]> entries, List<StoredTile> tiles, TreeState state) {

    public Batch {
        if (firstIndex < 0) {
            throw new IllegalArgumentException("batch: first index " + firstIndex + " must not be negative");
        }
        if (entries == null || entries.isEmpty()) {
            throw new IllegalArgumentException("batch at " + firstIndex + ": entries must not be empty");
        }
        if (tiles == null || state == null) {
            throw new IllegalArgumentException("batch at " + firstIndex + ": tiles and state are required");
        }
        if (state.size() != firstIndex + entries.size()) {
            throw new IllegalArgumentException("batch at " + firstIndex + " with " + entries.size()
                    + " entries: state size " + state.size() + " must be " + (firstIndex + entries.size()));
        }
        entries = copyOf(entries);
        tiles = List.copyOf(tiles);
        requireDistinct(firstIndex, tiles);
    }

    private static void requireDistinct(long firstIndex, List<StoredTile> tiles) {
        Set<String> seen = new HashSet<>();
        for (StoredTile tile : tiles) {
            if (!seen.add(tile.level() + "/" + tile.index())) {
                throw new IllegalArgumentException("batch at " + firstIndex + ": tile " + tile.level() + "/"
                        + tile.index() + " appears more than once");
            }
        }
    }

    /** The entries, copied, so that no caller can change a batch after it was built. */
    @Override
    public List<byte[]> entries() {
        return copyOf(entries);
    }

    private static List<byte[]> copyOf(List<byte[]> entries) {
        List<byte[]> copy = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            byte[] entry = entries.get(i);
            if (entry == null) {
                throw new IllegalArgumentException("batch: entry " + i + " must not be null");
            }
            copy.add(entry.clone());
        }
        return List.copyOf(copy);
    }
}

package org.crossings.tlog.storage;

import java.util.Arrays;

/**
 * One hash tile as the storage keeps it: its coordinates and its bytes, full or the current partial one.
 *
 * <p>The bytes are the concatenated hashes of the tile, as <a href="https://c2sp.org/tlog-tiles">tlog-tiles</a> serves
 * them; the storage does not look inside.
 *
 * @param level tile level (0 holds leaf hashes)
 * @param index tile index within its level
 * @param hashes the tile's bytes, not empty
 */
public record StoredTile(int level, long index, byte[] hashes) {

    public StoredTile {
        if (level < 0) {
            throw new IllegalArgumentException("stored tile: level " + level + " must not be negative");
        }
        if (index < 0) {
            throw new IllegalArgumentException("stored tile: index " + index + " must not be negative");
        }
        if (hashes == null || hashes.length == 0) {
            throw new IllegalArgumentException("stored tile " + level + "/" + index + ": hashes must not be empty");
        }
        hashes = hashes.clone();
    }

    @Override
    public byte[] hashes() {
        return hashes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredTile that && level == that.level && index == that.index
                && Arrays.equals(hashes, that.hashes);
    }

    @Override
    public int hashCode() {
        return (level * 31 + Long.hashCode(index)) * 31 + Arrays.hashCode(hashes);
    }

    @Override
    public String toString() {
        return "StoredTile[level=" + level + ", index=" + index + ", bytes=" + hashes.length + "]";
    }
}

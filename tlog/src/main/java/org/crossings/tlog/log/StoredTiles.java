package org.crossings.tlog.log;

import java.io.IOException;
import java.util.Arrays;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.NodeHashes;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.tiles.TilePath;
import org.crossings.tlog.tiles.TileSource;
import org.crossings.tlog.tiles.TiledNodeHashes;

/**
 * The hash tiles kept in a {@link LogStorage}, as a tlog-tiles {@link TileSource}: a stored tile may have grown past
 * the width asked for, and then its first hashes are the tile of that width.
 */
final class StoredTiles implements TileSource {

    private final LogStorage storage;

    StoredTiles(LogStorage storage) {
        this.storage = storage;
    }

    /** Node hashes of the stored tree of {@code size}, read afresh from the storage (one instance per check). */
    static NodeHashes nodes(LogStorage storage, long size) {
        return new TiledNodeHashes(size, new StoredTiles(storage));
    }

    @Override
    public byte[] read(TilePath path) throws IOException {
        byte[] stored = storage.tile(path.level(), path.index())
                .orElseThrow(() -> new IOException("stored tile " + path.level() + "/" + path.index() + " is missing"));
        int length = path.width() * Hash.SIZE;
        if (stored.length < length) {
            throw new IOException("stored tile " + path.level() + "/" + path.index() + " has "
                    + stored.length / Hash.SIZE + " hashes, " + path + " needs " + path.width());
        }
        return stored.length == length ? stored : Arrays.copyOf(stored, length);
    }
}

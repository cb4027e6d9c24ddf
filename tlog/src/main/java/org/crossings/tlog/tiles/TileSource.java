package org.crossings.tlog.tiles;

import java.io.IOException;

/**
 * Where hash tiles are read from: the log's own storage, a local mirror, or a log's HTTP prefix.
 *
 * <p>Implementations MUST return the tile body exactly as published for that path (width included) and MUST throw
 * when they do not have it; they MUST NOT substitute a tile of another width. They need not check the hashes:
 * whatever is computed from tiles is checked against a signed checkpoint's root.
 */
@FunctionalInterface
public interface TileSource {

    /** The body of the tile at {@code path}. */
    byte[] read(TilePath path) throws IOException;
}

package org.crossings.tlog.audit;

import java.util.List;
import java.util.Optional;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TilePath;

/**
 * The entry bundles and hash tiles of one log, wherever they are kept: the log's own storage, a party's mirror, or a
 * log's tlog-tiles prefix. What an audit reads; it trusts none of it until it has recomputed it.
 *
 * <p>Contract:
 * <ul>
 *   <li>Both methods MUST return what is kept, byte for byte, and MUST NOT repair, recompute or invent anything: a
 *       lost entry or tile is reported as lost (fewer entries, an empty or shorter tile), so that the audit can name
 *       it.</li>
 *   <li>Both MUST throw, and MUST NOT answer "not kept", when they cannot tell what is kept (the database or the
 *       network is down): a failure to read is not evidence against the log.</li>
 *   <li>Implementations MUST be safe for use from several threads.</li>
 * </ul>
 */
public interface LogResources {

    /**
     * The entries of {@code bundle} in index order: all {@code bundle.width()} of them when all are kept, fewer (or
     * none) when some are not. It MUST NOT return more than the bundle's width.
     */
    List<byte[]> entries(EntryBundlePath bundle);

    /**
     * The bytes of the hash tile at {@code path}: its first {@code path.width()} hashes when a tile at least that wide
     * is kept (a tile kept wider, because the log grew, is cut to the width asked for), fewer bytes when the kept tile
     * is shorter, empty when no tile is kept there.
     */
    Optional<byte[]> tile(TilePath path);
}

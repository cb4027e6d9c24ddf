package org.crossings.tlog.client;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crossings.tlog.audit.LogResources;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TilePath;
import org.crossings.tlog.tiles.TileSource;

/**
 * A log's tlog-tiles prefix as the readers of this module read a log: as {@link LogResources} for a
 * {@link org.crossings.tlog.audit.LogAudit} (a party's mirror auditing the operator's log), and as a
 * {@link TileSource} for {@link org.crossings.tlog.tiles.TiledNodeHashes} (proofs from served tiles).
 *
 * <p>What the log answers it does not have is reported as not kept (no entries, no tile), so that the audit names it;
 * a log that cannot be reached throws {@link FetchException}, which is not evidence. A malformed bundle yields the
 * entries before the first malformed one, a tile shorter than its width the hashes it has: what was served, never a
 * repair. Safe for use from several threads.
 */
public final class HttpResources implements LogResources, TileSource {

    private final HttpLog log;

    public HttpResources(HttpLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public List<byte[]> entries(EntryBundlePath bundle) {
        return switch (log.fetch(TileResource.of(bundle))) {
            case Fetched.Served served -> readableEntries(served.body(), bundle.width());
            case Fetched.Absent absent -> List.of();
        };
    }

    @Override
    public Optional<byte[]> tile(TilePath path) {
        return switch (log.fetch(TileResource.of(path))) {
            case Fetched.Served served -> Optional.of(cut(served.body(), path.width() * Hash.SIZE));
            case Fetched.Absent absent -> Optional.empty();
        };
    }

    /** The tile at {@code path}, cut to its width if the log served the full tile; absent or unreachable is thrown. */
    @Override
    public byte[] read(TilePath path) throws IOException {
        try {
            return switch (log.fetch(TileResource.of(path))) {
                case Fetched.Served served -> cut(served.body(), path.width() * Hash.SIZE);
                case Fetched.Absent absent -> throw new NoSuchFileException(log.uri(path.path()).toString(), null,
                        absent.answers().toString());
            };
        } catch (FetchException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static byte[] cut(byte[] body, int length) {
        return body.length > length ? Arrays.copyOf(body, length) : body;
    }

    /**
     * The entries of a served bundle (c2sp.org/tlog-tiles: each a big-endian uint16 length and that many bytes) up to
     * the first that is cut short, and at most {@code width} of them.
     */
    static List<byte[]> readableEntries(byte[] bundle, int width) {
        List<byte[]> entries = new ArrayList<>();
        int offset = 0;
        while (entries.size() < width && bundle.length - offset >= 2) {
            int length = (bundle[offset] & 0xFF) << 8 | bundle[offset + 1] & 0xFF;
            if (bundle.length - offset - 2 < length) {
                break;
            }
            entries.add(Arrays.copyOfRange(bundle, offset + 2, offset + 2 + length));
            offset += 2 + length;
        }
        return entries;
    }
}

package org.crossings.tlog.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crossings.tlog.audit.LogResources;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.tiles.EntryBundlePath;
import org.crossings.tlog.tiles.TileLayout;
import org.crossings.tlog.tiles.TilePath;

/**
 * The entries and tiles a {@link LogStorage} keeps, as an audit reads them: so the log's own node can audit its
 * storage with the same {@link org.crossings.tlog.audit.LogAudit} an auditor runs on a mirror. Reads go straight to
 * the storage, and a storage failure ({@link LogStorageException}) passes through: it is not evidence.
 */
public final class StoredResources implements LogResources {

    private final LogStorage storage;

    public StoredResources(LogStorage storage) {
        this.storage = Objects.requireNonNull(storage, "storage");
    }

    @Override
    public List<byte[]> entries(EntryBundlePath bundle) {
        List<byte[]> entries = storage.entries(bundle.index() * TileLayout.WIDTH, bundle.width());
        return entries.size() > bundle.width() ? entries.subList(0, bundle.width()) : entries;
    }

    @Override
    public Optional<byte[]> tile(TilePath path) {
        int length = path.width() * Hash.SIZE;
        return storage.tile(path.level(), path.index())
                .map(kept -> kept.length > length ? Arrays.copyOf(kept, length) : kept);
    }
}

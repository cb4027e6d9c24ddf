package org.crossings.server.journal.store;

import java.util.List;
import java.util.function.LongSupplier;
import org.crossings.server.journal.follow.Entries;
import org.crossings.tlog.storage.LogStorage;

/**
 * The entries of this node's own log, as its follow side reads them: from the log's storage, up to the size the
 * writer has acknowledged (entries sequenced but not yet committed are not followed).
 */
final class LocalEntries implements Entries {

    private final LogStorage storage;
    private final LongSupplier committedSize;

    LocalEntries(LogStorage storage, LongSupplier committedSize) {
        this.storage = storage;
        this.committedSize = committedSize;
    }

    @Override
    public long size() {
        return committedSize.getAsLong();
    }

    @Override
    public List<byte[]> read(long first, int count) {
        return storage.entries(first, count);
    }
}

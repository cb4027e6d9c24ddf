package org.crossings.server.journal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.crossings.server.journal.follow.Entries;
import org.crossings.tlog.storage.LogStorage;

/**
 * The entries of this node's own log, as its follow side reads them: from the log's storage, up to the size the
 * writer has acknowledged (entries sequenced but not yet committed are not followed). The entries this process has
 * just appended are read from memory ({@link RecentlyWritten}): the same bytes, without the round trip.
 */
final class LocalEntries implements Entries {

    private final LogStorage storage;
    private final LongSupplier committedSize;
    private final RecentlyWritten<Long> appended = new RecentlyWritten<>();

    LocalEntries(LogStorage storage, LongSupplier committedSize) {
        this.storage = storage;
        this.committedSize = committedSize;
    }

    @Override
    public long size() {
        return committedSize.getAsLong();
    }

    /** Remembers an entry this process has just appended (and the writer acknowledged) at {@code index}. */
    void appended(long index, byte[] entry) {
        appended.put(index, entry);
    }

    /** From memory if this process appended every one of them lately, else from the log's storage. */
    @Override
    public List<byte[]> read(long first, int count) {
        List<byte[]> read = new ArrayList<>(count);
        for (long index = first; index < first + count; index++) {
            byte[] entry = appended.take(index);
            if (entry == null) {
                return storage.entries(first, count);
            }
            read.add(entry);
        }
        return read;
    }
}

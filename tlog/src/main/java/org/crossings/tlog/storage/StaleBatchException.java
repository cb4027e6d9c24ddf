package org.crossings.tlog.storage;

/**
 * A batch did not start at the stored tree size: another writer committed first, or this writer's view is stale.
 * Nothing of the batch was kept; the writer must reload the state before it sequences again.
 */
public class StaleBatchException extends BatchRejectedException {

    private final long storedSize;
    private final long firstIndex;

    public StaleBatchException(long storedSize, long firstIndex) {
        super("batch rejected: it starts at index " + firstIndex + " but the stored tree has size " + storedSize);
        this.storedSize = storedSize;
        this.firstIndex = firstIndex;
    }

    public long storedSize() {
        return storedSize;
    }

    public long firstIndex() {
        return firstIndex;
    }
}

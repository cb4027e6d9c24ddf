package org.crossings.tlog.storage;

class InMemoryLogStorageTest extends LogStorageContract {

    @Override
    protected LogStorage emptyStorage() {
        return new InMemoryLogStorage();
    }
}

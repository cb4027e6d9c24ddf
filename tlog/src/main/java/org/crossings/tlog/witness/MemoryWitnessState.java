package org.crossings.tlog.witness;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.crossings.tlog.checkpoint.SignedCheckpoint;

/** A witness state held in memory only, lost at exit: for tests and throwaway witnesses. */
public final class MemoryWitnessState implements WitnessState {

    private final ConcurrentMap<String, SignedCheckpoint> latest = new ConcurrentHashMap<>();

    @Override
    public Optional<SignedCheckpoint> latest(String origin) {
        return Optional.ofNullable(latest.get(origin));
    }

    @Override
    public synchronized boolean compareAndSet(String origin, Optional<SignedCheckpoint> expected,
            SignedCheckpoint next) {
        Optional<SignedCheckpoint> current = latest(origin);
        if (!current.map(c -> c.checkpoint().text()).equals(expected.map(c -> c.checkpoint().text()))) {
            return false;
        }
        latest.put(origin, next);
        return true;
    }
}

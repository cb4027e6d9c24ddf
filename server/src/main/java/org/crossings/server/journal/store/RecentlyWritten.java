package org.crossings.server.journal.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What this process has just written and its projector is about to read, kept a short while so that the read costs
 * no round trip to the database: the entry it has just appended, the payloads it has just kept. Only a shortcut: what
 * is not here (too old, another process's, a rebuild) is read from the database, which holds the very same bytes.
 * Bounded: the oldest are forgotten first, so what is never read (a payload whose envelope the log refused) does not
 * stay.
 */
final class RecentlyWritten<K> {

    private static final int MOST = 1_024;

    private final Map<K, byte[]> written = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, byte[]> eldest) {
            return size() > MOST;
        }
    };

    synchronized void put(K key, byte[] bytes) {
        written.put(key, bytes);
    }

    /** The bytes written under {@code key}, forgotten once taken; null if not here. */
    synchronized byte[] take(K key) {
        return written.remove(key);
    }
}

package org.crossings.server.journal;

import java.util.List;
import java.util.Optional;

/**
 * Receipts for log entries: for each, a <a href="https://c2sp.org/tlog-proof">c2sp.org/tlog-proof@v1</a> whose
 * {@code extra} line carries the entry itself (its envelope: no personal data), so that
 * {@code crossings verify-receipt} checks it offline with nothing but the log's key.
 *
 * <p>Contract: every proof MUST be against the same signed checkpoint, the latest published; if that checkpoint does
 * not cover every entry asked for yet, the answer MUST be empty (ask again after the next checkpoint).
 */
public interface Receipts {

    /** One tlog-proof per index, in the order given. */
    Optional<List<String>> prove(List<Long> indexes);
}

package org.crossings.server.journal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.crossings.server.journal.IntegrityReport;
import org.crossings.server.journal.IntegrityScan;
import org.crossings.server.journal.JournalStatus;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.tlog.log.LogWriter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether this node is ready to take requests, and if not, why: its database answers, its log writer publishes, its
 * stored log is what it signed (the integrity scan), its read models are caught up with the log and nothing was set
 * aside. Live means only that the process runs: a node
 * that is not ready is still live, and it recovers by itself once the cause is gone.
 */
public final class NodeHealth {

    /** The health of this node at one instant. */
    public record Report(String status, boolean ready, List<String> reasons, JournalStatus journal,
            IntegrityReport integrity) {
    }

    private final PostgresJournal journal;
    private final IntegrityScan integrity;
    private final LogWriter writer;
    private final JdbcClient jdbc;
    private final long maxLag;
    private final boolean findingsBlockReadiness;

    /**
     * @param findingsBlockReadiness whether entries set aside make the node not ready (503) as well as degraded: on by
     *     default, so that a finding is seen at once; a party that prefers to keep serving while it looks into one
     *     turns it off, and the node still says {@code degraded}
     */
    public NodeHealth(PostgresJournal journal, IntegrityScan integrity, LogWriter writer, DataSource dataSource,
            long maxLag, boolean findingsBlockReadiness) {
        this.journal = journal;
        this.integrity = integrity;
        this.writer = writer;
        this.jdbc = JdbcClient.create(dataSource);
        this.maxLag = maxLag;
        this.findingsBlockReadiness = findingsBlockReadiness;
    }

    /**
     * {@code ready}; {@code degraded} (not ready) while the read models lag or entries were set aside; {@code
     * unavailable} while the database does not answer, the read models are stopped or publishing has halted.
     */
    public Report report() {
        List<String> unavailable = new ArrayList<>();
        List<String> degraded = new ArrayList<>();
        database().ifPresent(unavailable::add);
        writer.publishingHalted().ifPresent(halt -> unavailable.add("the log writer stopped publishing checkpoints: "
                + halt.getMessage()));
        JournalStatus status = journal.status();
        status.stopped().ifPresent(unavailable::add);
        IntegrityReport scanned = integrity.latest();
        scanned.discrepancy().ifPresent(found -> unavailable.add("the stored log contradicts what it signed: "
                + found.summary() + " (the evidence is in this node's log)"));
        if (status.lag() > maxLag) {
            degraded.add("the read models are " + status.lag() + " entries behind the log");
        }
        if (status.findings() > 0) {
            degraded.add(status.findings() + " log entries were set aside by a read model (GET /api/findings)");
        }
        List<String> reasons = new ArrayList<>(unavailable);
        reasons.addAll(degraded);
        String word = !unavailable.isEmpty() ? "unavailable" : !degraded.isEmpty() ? "degraded" : "ready";
        boolean ready = unavailable.isEmpty() && status.lag() <= maxLag
                && (status.findings() == 0 || !findingsBlockReadiness);
        return new Report(word, ready, List.copyOf(reasons), status, scanned);
    }

    private Optional<String> database() {
        try {
            jdbc.sql("SELECT 1").query(Integer.class).single();
            return Optional.empty();
        } catch (RuntimeException failure) {
            return Optional.of("the database does not answer: "
                    + NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
        }
    }
}

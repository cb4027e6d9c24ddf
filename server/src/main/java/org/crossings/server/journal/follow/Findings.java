package org.crossings.server.journal.follow;

import java.sql.Timestamp;
import java.util.List;
import org.crossings.server.journal.Finding;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The entries set aside, kept in {@code journal_findings} within the transaction that applies them. */
final class Findings {

    private final JdbcClient jdbc;

    Findings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Finding finding) {
        jdbc.sql("INSERT INTO journal_findings (log_index, projection, reason, found_at) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(finding.index(), finding.projection(), finding.reason(), Timestamp.from(finding.foundAt()))
                .update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM journal_findings").query(Long.class).single();
    }

    /** The findings in log order, from entry {@code from} on, at most {@code limit}. */
    List<Finding> list(long from, int limit) {
        return jdbc.sql("SELECT log_index, projection, reason, found_at FROM journal_findings WHERE log_index >= ?"
                        + " ORDER BY log_index, projection LIMIT ?")
                .params(from, limit)
                .query((row, n) -> new Finding(row.getLong(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant()))
                .list();
    }

    void clear() {
        jdbc.sql("DELETE FROM journal_findings").update();
    }
}

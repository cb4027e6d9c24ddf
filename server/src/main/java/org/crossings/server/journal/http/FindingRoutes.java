package org.crossings.server.journal.http;

import java.util.List;
import java.util.Optional;
import org.crossings.server.journal.Finding;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.server.value.PlainNumber;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/findings}: the log entries this node's read models set aside, in log order, with the reason. */
@RestController
class FindingRoutes {

    private static final int LIMIT_MAX = 1_000;

    private final PostgresJournal journal;

    FindingRoutes(PostgresJournal journal) {
        this.journal = journal;
    }

    @GetMapping(path = "/api/findings", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Finding> findings(@RequestParam Optional<String> from, @RequestParam Optional<String> limit) {
        long first = from.map(text -> PlainNumber.parse("from", text, 0, Long.MAX_VALUE)).orElse(0L);
        int max = (int) limit.map(text -> PlainNumber.parse("limit", text, 1, LIMIT_MAX)).orElse(100L).longValue();
        return journal.findings(first, max);
    }
}

package org.crossings.server.journal.http;

import java.util.List;
import java.util.Optional;
import org.crossings.server.journal.Finding;
import org.crossings.server.journal.store.PostgresJournal;
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
        long first = from.map(text -> number("from", text, Long.MAX_VALUE)).orElse(0L);
        int max = (int) (long) limit.map(text -> number("limit", text, LIMIT_MAX)).orElse(100L);
        if (max < 1) {
            throw new IllegalArgumentException("limit \"" + max + "\" must be from 1 to " + LIMIT_MAX);
        }
        return journal.findings(first, max);
    }

    /** A plain decimal number, at most {@code max}: no sign, no hexadecimal, no spaces. */
    private static long number(String name, String text, long max) {
        if (!text.matches("[0-9]{1,18}") || Long.parseLong(text) > max) {
            throw new IllegalArgumentException(name + " \"" + (text.length() > 20 ? text.substring(0, 20) + "…" : text)
                    + "\" must be a decimal number from 0 to " + max);
        }
        return Long.parseLong(text);
    }
}

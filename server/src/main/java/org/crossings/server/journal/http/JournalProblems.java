package org.crossings.server.journal.http;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crossings.server.journal.JournalUnavailable;
import org.crossings.server.journal.RecordedNotApplied;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What the journal's own outcomes are over HTTP. A 5xx means nothing was acknowledged: 503 with {@code Retry-After}
 * while the log or its database cannot take entries. An entry that is durable is never a 5xx: when the read models
 * have not applied it yet, the answer is 202 Accepted with the entry's index.
 */
@RestControllerAdvice
class JournalProblems {

    @ExceptionHandler(JournalUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(JournalUnavailable e) {
        return unavailable("journal-unavailable", "Try again shortly", e.getMessage(), e.retryAfter().toSeconds());
    }

    /** The database went away under a request: nothing was recorded (entries are appended only after it answered). */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
        return unavailable("database-unavailable", "The database does not answer",
                "this node's database does not answer now; nothing was recorded, try again shortly", 2);
    }

    @ExceptionHandler(RecordedNotApplied.class)
    ResponseEntity<Map<String, Object>> recorded(RecordedNotApplied e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "recorded");
        body.put("index", e.index());
        body.put("subject", e.subject().toString());
        body.put("detail", e.getMessage());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(body);
    }

    private static ResponseEntity<ProblemDetail> unavailable(String type, String title, String detail, long seconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setType(URI.create("https://crossings.example/problems/" + type));
        problem.setTitle(title);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, seconds))).body(problem);
    }
}

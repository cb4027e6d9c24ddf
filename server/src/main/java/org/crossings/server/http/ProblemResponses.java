package org.crossings.server.http;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The shared fallback where errors become HTTP problem responses (RFC 9457), after every feature's own advice
 * ({@link ProblemAnswers}): bad input is a 400 naming the field and the value, what the caller may not do a 403, what
 * does not exist a 404. What Spring MVC refuses itself is answered by {@link RequestProblems}; no detail names a Java
 * class ({@link InternalNames}).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ProblemResponses {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-input", "Bad input", e.getMessage());
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not yours to do", e.getMessage());
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        return ProblemAnswers.problem(status, type, title, detail);
    }
}

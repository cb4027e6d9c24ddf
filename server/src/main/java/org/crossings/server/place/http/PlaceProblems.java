package org.crossings.server.place.http;

import static org.crossings.server.http.ProblemAnswers.problem;

import org.crossings.server.http.ProblemAnswers;
import org.crossings.server.place.RegisteredAlready;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The place feature's errors as problem responses (RFC 9457): a post code or passage id registered already is a 409.
 */
@RestControllerAdvice
@Order(ProblemAnswers.FEATURE)
class PlaceProblems {

    /** The field is {@code code} for a post and {@code id} for a crossing point or route; the value is the taken one. */
    @ExceptionHandler(RegisteredAlready.class)
    ProblemDetail registeredAlready(RegisteredAlready e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "registered-already", "Registered already",
                e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("value", e.value());
        return problem;
    }
}

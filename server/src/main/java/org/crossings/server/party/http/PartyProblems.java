package org.crossings.server.party.http;

import static org.crossings.server.http.ProblemAnswers.problem;

import org.crossings.server.http.ProblemAnswers;
import org.crossings.server.party.RegisteredAlready;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The party feature's errors as problem responses (RFC 9457): a party code registered already is a 409. */
@RestControllerAdvice
@Order(ProblemAnswers.FEATURE)
class PartyProblems {

    /** The field is {@code code}, the value the code that is taken. */
    @ExceptionHandler(RegisteredAlready.class)
    ProblemDetail registeredAlready(RegisteredAlready e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "registered-already", "Registered already",
                e.getMessage());
        problem.setProperty("field", "code");
        problem.setProperty("value", e.code().value());
        return problem;
    }
}

package org.crossings.server.travel.http;

import static org.crossings.server.http.ProblemAnswers.problem;

import org.crossings.server.http.ProblemAnswers;
import org.crossings.server.travel.CaseConflict;
import org.crossings.server.travel.MrzException;
import org.crossings.server.travel.NotYourCase;
import org.crossings.server.travel.UnknownCase;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The travel feature's errors as problem responses (RFC 9457): a bad machine-readable zone is a 400 naming line,
 * column and field; a decision out of turn a 409; deciding for another side or post a 403; an unknown case a 404.
 */
@RestControllerAdvice
@Order(ProblemAnswers.FEATURE)
class CaseProblems {

    /** A decision taken twice or out of order, a closed case, a pre-registration taken in already. */
    @ExceptionHandler(CaseConflict.class)
    ProblemDetail caseConflict(CaseConflict e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "case-conflict", "The case does not allow this now",
                e.getMessage());
        problem.setProperty("reference", e.reference().value());
        return problem;
    }

    /** The operator deciding, a state deciding for the other side, an officer at another post. */
    @ExceptionHandler(NotYourCase.class)
    ProblemDetail notYourCase(NotYourCase e) {
        return problem(HttpStatus.FORBIDDEN, "not-yours", "Not yours to do", e.getMessage());
    }

    @ExceptionHandler(UnknownCase.class)
    ProblemDetail unknownCase(UnknownCase e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-case", "No such case", e.getMessage());
    }

    /** A bad machine-readable zone: which line, which column, which field. */
    @ExceptionHandler(MrzException.class)
    ProblemDetail badMrz(MrzException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-mrz", "The machine-readable zone is not valid",
                e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("line", e.line());
        problem.setProperty("column", e.column());
        return problem;
    }
}

package org.crossings.server.agreement.http;

import static org.crossings.server.http.ProblemAnswers.problem;

import java.util.List;
import java.util.Map;
import org.crossings.server.agreement.AgreementRefused;
import org.crossings.server.agreement.TermsException;
import org.crossings.server.agreement.UnknownAgreement;
import org.crossings.server.http.ProblemAnswers;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The agreement feature's errors as problem responses (RFC 9457): terms that cannot be signed are a 422 listing every
 * field error, a change the agreement's life cycle does not allow is a 409, an unknown agreement a 404.
 */
@RestControllerAdvice
@Order(ProblemAnswers.FEATURE)
class AgreementProblems {

    /** Every problem with the terms at once, each with its field path, so a form can mark every field. */
    @ExceptionHandler(TermsException.class)
    ProblemDetail badTerms(TermsException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "bad-terms", "The terms cannot be signed",
                e.getMessage());
        List<Map<String, String>> errors = e.fieldErrors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The agreement's life cycle does not allow this change now (a wrong signature, a second suspension...). */
    @ExceptionHandler(AgreementRefused.class)
    ProblemDetail agreementRefused(AgreementRefused e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "agreement-refused", "The agreement does not allow this",
                e.getMessage());
        problem.setProperty("agreement", e.agreement().id().value());
        problem.setProperty("version", e.agreement().version());
        return problem;
    }

    @ExceptionHandler(UnknownAgreement.class)
    ProblemDetail unknownAgreement(UnknownAgreement e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-agreement", "No such agreement", e.getMessage());
    }
}

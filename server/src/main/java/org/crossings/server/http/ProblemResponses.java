package org.crossings.server.http;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.crossings.server.agreement.AgreementRefused;
import org.crossings.server.agreement.TermsException;
import org.crossings.server.agreement.UnknownAgreement;
import org.crossings.server.travel.CaseConflict;
import org.crossings.server.travel.MrzException;
import org.crossings.server.travel.NotYourCase;
import org.crossings.server.travel.UnknownCase;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one place where errors become HTTP problem responses (RFC 9457). Bad input is a 400 naming the field and the
 * value; what does not exist is a 404; a change the current state does not allow is a 409; terms that cannot be
 * signed are a 422 listing every field error. What Spring MVC refuses itself is answered by
 * {@link RequestProblems}; no detail names a Java class ({@link InternalNames}).
 */
@RestControllerAdvice
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

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        return problem(status.value(), type, title, detail);
    }

    /** A problem of Crossings; a detail that would name the server's insides is replaced by a plain one. */
    static ProblemDetail problem(int status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
                InternalNames.hidden(detail, "the request was refused (and the server cannot say why in words:"
                        + " please report this)"));
        problem.setType(URI.create(Problem.TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}

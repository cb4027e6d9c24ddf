package org.crossings.server.http;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What Spring MVC refuses before a route runs — a method the route does not have (405), a body in a media type it
 * does not take (415), an answer in none of the types the client accepts (406), a body that is not the JSON the
 * route reads, a missing or mistyped parameter (400) — as problems of Crossings: a type under
 * {@value Problem#TYPES}, and a detail that names the field and the value without naming a Java class.
 * {@link ProblemResponses} maps the errors of Crossings itself.
 */
@RestControllerAdvice
class RequestProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Set<HttpMethod> allowed = e.getSupportedHttpMethods();
        String detail = e.getMethod() + " is not a method of this path"
                + (allowed == null || allowed.isEmpty() ? "" : "; it takes " + words(allowed));
        return answer(e, headers, status, request, "method-not-allowed", detail);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String sent = e.getContentType() == null ? "a body without a Content-Type"
                : "Content-Type " + e.getContentType();
        String detail = sent + " is not taken here; send " + words(e.getSupportedMediaTypes());
        return answer(e, headers, status, request, "unsupported-media-type", detail);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "none of the types in Accept can be answered here; this path answers "
                + words(e.getSupportedMediaTypes());
        return answer(e, headers, status, request, "not-acceptable", detail);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemAnswers.problem(status.value(), "unreadable-body",
                "The request body could not be read", UnreadableBody.describe(e.getCause()));
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = (e.getPropertyName() == null ? "a value" : e.getPropertyName()) + " \"" + e.getValue()
                + "\" is not " + UnreadableBody.kind(e.getRequiredType());
        return answer(e, headers, status, request, "bad-input", detail);
    }

    /** Every other refusal of Spring MVC: its status gives the type; its detail stays if it names no class. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ProblemDetail.forStatus(status);
        Problem plain = Problem.forStatus(status.value(), "the request was refused");
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            problem.setType(plain.typeUri());
        }
        problem.setDetail(InternalNames.hidden(problem.getDetail(), plain.detail()));
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    private ResponseEntity<Object> answer(Exception e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request, String type, String detail) {
        ProblemDetail problem = ProblemAnswers.problem(status.value(), type, title(status), detail);
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    private static String title(HttpStatusCode status) {
        return Problem.forStatus(status.value(), "-").title();
    }

    private static String words(java.util.Collection<?> items) {
        return items.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }
}

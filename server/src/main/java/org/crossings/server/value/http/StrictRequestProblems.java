package org.crossings.server.value.http;

import java.net.URI;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.crossings.server.value.Excerpt;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Requests that cannot be read become RFC 9457 problems naming the field: a body that is not strict JSON or breaks a
 * text rule (400 {@code bad-input}, with the member's path in {@code field}), a body over the bound (413
 * {@code body-too-large}; a form too, as Tomcat bounds it), a path or query number that is not plain decimal (400, the
 * parameter in {@code field}).
 * Ahead of Spring's own problem handling, whose messages quote whole values.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
final class StrictRequestProblems {

    /** The most characters of a refusal's own words a problem repeats. */
    private static final int REASON = 200;

    @ExceptionHandler(BodyTooLarge.class)
    ProblemDetail tooLarge(BodyTooLarge e) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The request body is too large",
                e.getMessage());
        problem.setProperty("limit", e.limit());
        return problem;
    }

    /** A form over {@code server.tomcat.max-http-form-post-size} (413), or one Tomcat cannot read (400). */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail unreadableForm(InvalidParameterException e) {
        if (e.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "The request body is too large",
                    "the form is larger than this server reads");
        }
        return badInput("body", "body is not a form that this route reads");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLarge tooLarge) {
                return tooLarge(tooLarge);
            }
        }
        if (!(e.getCause() instanceof JacksonException json)) {
            return badInput("body", org.crossings.server.http.UnreadableBody.describe(e.getCause()));
        }
        String field = JsonPath.of(json.getPath());
        if (json.getCause() instanceof IllegalArgumentException bad && bad.getMessage() != null
                && bad.getMessage().startsWith(field + " ")) {
            return badInput(field, bad.getMessage()); // a TextRule's, which names the path and quotes an excerpt
        }
        if (isStrictRefusal(json)) {
            JsonRefusal refusal = JsonRefusal.of(json);
            return badInput(refusal.field(), refusal.detail());
        }
        return badInput(field, org.crossings.server.http.UnreadableBody.describe(e.getCause()));
    }

    /**
     * What only strict reading refuses: an unknown member, a member given twice, anything after the body. Other
     * unreadable bodies (not JSON, the wrong shape) are described as the shared web plumbing describes them.
     */
    private static boolean isStrictRefusal(JacksonException json) {
        String words = String.valueOf(json.getOriginalMessage());
        return json instanceof tools.jackson.databind.exc.UnrecognizedPropertyException
                || words.startsWith("Duplicate Object property") || words.startsWith("Trailing token");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String why = root instanceof IllegalArgumentException && root != e ? root.getMessage()
                : "is not a " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName())
                + " this route reads";
        return badInput(e.getName(), e.getName() + " " + Excerpt.of(String.valueOf(e.getValue())) + " " + cut(why));
    }

    private static String cut(String text) {
        return text == null || text.length() <= REASON ? text : text.substring(0, REASON) + "…";
    }

    private static ProblemDetail badInput(String field, String detail) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-input", "Bad input", detail);
        problem.setProperty("field", field);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://crossings.example/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}

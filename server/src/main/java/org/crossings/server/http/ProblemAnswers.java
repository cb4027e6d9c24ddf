package org.crossings.server.http;

import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * How a feature answers its own errors as RFC 9457 problems: each feature has a {@code @RestControllerAdvice} in its
 * {@code http} package, ordered {@link #FEATURE}, that maps its exceptions with {@link #problem}; the shared
 * {@link ProblemResponses} comes after them and answers only the errors every feature shares (bad input, forbidden,
 * not found). So a type URI is always under {@value Problem#TYPES}, and no detail names a Java class
 * ({@link InternalNames}).
 */
public final class ProblemAnswers {

    /** The order of every feature's advice: before the shared fallback, which is {@link Ordered#LOWEST_PRECEDENCE}. */
    public static final int FEATURE = 0;

    private ProblemAnswers() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        return problem(status.value(), type, title, detail);
    }

    /** A problem of Crossings; a detail that would name the server's insides is replaced by a plain one. */
    public static ProblemDetail problem(int status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
                InternalNames.hidden(detail, "the request was refused (and the server cannot say why in words:"
                        + " please report this)"));
        problem.setType(URI.create(Problem.TYPES + type));
        problem.setTitle(title);
        return problem;
    }
}

package org.crossings.server.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring Boot's error page, {@code /error}, where the servlet container sends an admitted request that ended in an
 * error no route answered (a {@code sendError}, an exception that escaped): an RFC 9457 problem for every client,
 * browsers included, instead of Spring Boot's JSON or HTML page. A server error never says what failed inside.
 */
@RestController
class ErrorRoutes implements ErrorController {

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!response.isCommitted()) {
            response.resetBuffer();
            if (databaseAway(request)) {
                // e.g. an API token checked while the database is away: nothing was done, the client may retry
                response.setHeader("Retry-After", "2");
                new Problem(503, "database-unavailable",
                        "The database does not answer", "this node's database does not answer now; nothing was"
                        + " recorded, try again shortly").writeTo(response);
                return;
            }
            problem(request).writeTo(response);
        }
    }

    static Problem problem(HttpServletRequest request) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (status >= 500 || status < 400) {
            return Problem.forStatus(status < 400 ? 500 : status, "the server could not answer this request; what"
                    + " went wrong is in its log");
        }
        return switch (status) {
            case 404 -> Problem.forStatus(404, "there is nothing at " + uri);
            case 405 -> Problem.forStatus(405, request.getMethod() + " is not a method of " + uri);
            default -> Problem.forStatus(status, InternalNames.hidden(containerSays(request),
                    "the request was refused: its query, headers or body could not be read"));
        };
    }

    /** Whether the error that escaped is this node's database not answering (in a filter, before any route ran). */
    private static boolean databaseAway(HttpServletRequest request) {
        for (Object e = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION); e instanceof Throwable t;
                e = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof org.springframework.dao.TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    /** Why the container refused the request: the message it sent the error with, or the first line of its error. */
    private static String containerSays(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String message && !message.isBlank()) {
            return message;
        }
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable e && e.getMessage() != null
                ? e.getMessage().lines().findFirst().orElse(null) : null;
    }
}

package org.crossings.server.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's own answer to a request it refuses before any route sees it (a request line that is not HTTP, a path
 * with {@code %2F}, {@code %00} or bad percent-encoding, a header too large): an RFC 9457 problem instead of
 * Tomcat's HTML error report, with the headers of every answer. It replaces the host's {@link ErrorReportValve}.
 */
public final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's valve: nothing below 400, nothing if a body was written, nothing reported twice
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported() || !ioAllowed(response)) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            SecurityHeaders.applyTo(response);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(problem(status, tomcatSays(response, throwable)).json());
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client has gone, or the response cannot be written: there is no one left to tell
        }
    }

    /** The problem for a status Tomcat set itself; its own words are kept when they name no class. */
    static Problem problem(int status, String tomcatSays) {
        String plain = switch (status) {
            case 400 -> "the request is not valid HTTP/1.1, or its path is not a valid one (bad percent-encoding,"
                    + " an encoded slash or NUL, a control character, a space)";
            case 408 -> "the request took too long to arrive";
            case 413 -> "the request body is too large";
            case 414 -> "the request's path and query are too long";
            case 431 -> "the request's headers are too large";
            case 501 -> "the request's method is not one this server implements";
            case 505 -> "this server speaks HTTP/1.1 (and HTTP/1.0)";
            default -> status >= 500 ? "the server could not answer this request" : "the request was refused";
        };
        String detail = status >= 500 ? plain : InternalNames.hidden(tomcatSays, plain);
        return Problem.forStatus(status, detail);
    }

    /** What Tomcat said about the refusal: its message, or the first line of what it caught. */
    private static String tomcatSays(Response response, Throwable throwable) {
        String message = response.getMessage();
        if ((message == null || message.isBlank()) && throwable != null && throwable.getMessage() != null) {
            message = throwable.getMessage().lines().findFirst().orElse(null);
        }
        return message;
    }

    private static boolean ioAllowed(Response response) {
        AtomicBoolean allowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }
}

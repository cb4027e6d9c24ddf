package org.crossings.server.people.http;

import org.crossings.server.http.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The answer to a failed sign-in. A browser goes back to the form, with "wrong username or password" or, while
 * sign-in is paused, with that; a client that asks for JSON gets a problem: 401, or 429 with {@code Retry-After}.
 * Neither says whether the username exists.
 */
public final class SignInFailures implements AuthenticationFailureHandler {

    private final Clock clock;

    public SignInFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        boolean paused = e instanceof SignInPaused;
        if (!asksForJson(request)) {
            response.sendRedirect(request.getContextPath() + (paused ? "/login?paused" : "/login?error"));
        } else if (paused) {
            long seconds = Math.max(1, Duration.between(clock.instant(), ((SignInPaused) e).until()).toSeconds() + 1);
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            new Problem(429, "sign-in-paused", "Sign-in paused", "there were too many failed sign-ins to this"
                    + " account or from this address: try again in " + seconds + " seconds").writeTo(response);
        } else {
            new Problem(401, "sign-in-failed", "Sign-in failed", "wrong username or password").writeTo(response);
        }
    }

    /** A client that accepts JSON and not HTML: a script, not a person at the form. */
    private static boolean asksForJson(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}

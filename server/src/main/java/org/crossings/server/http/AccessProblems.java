package org.crossings.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refusals before a request reaches a route, as RFC 9457 problem responses like every other error: 401 when no one
 * (or no valid token) signed in, 403 naming what was missing. A browser asking for a page is sent to the sign-in page
 * instead, and comes back to the page once signed in.
 */
public final class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (asksForPage(request)) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        String reason = reason(e.getCause());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"crossings\"");
        write(response, HttpStatus.UNAUTHORIZED, "sign-in-required", "Sign-in required", "sign in first"
                + (reason == null ? "" : ": " + reason)
                + " (a browser signs in at /login; a machine client sends Authorization: Bearer <API token>)");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            boolean signingIn = request.getServletPath().equals("/login");
            if (asksForPage(request) && signingIn) {
                response.sendRedirect(request.getContextPath() + "/login?expired"); // a sign-in page left open too long
                return;
            }
            if (!signingIn && Authentications.caller(
                    SecurityContextHolder.getContext().getAuthentication()).isEmpty()) {
                // no one signed in: what is missing is a sign-in (or a token), not the CSRF token of a session
                commence(request, response, new InsufficientAuthenticationException("not signed in", e));
                return;
            }
            write(response, HttpStatus.FORBIDDEN, "csrf", "Missing or wrong CSRF token", "a form or request of a"
                    + " browser session must carry its CSRF token (form field _csrf or header X-CSRF-TOKEN)");
            return;
        }
        String reason = reason(e);
        write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", reason == null ? "access denied" : reason);
    }

    /** For a bearer token that is unknown, expired, revoked or malformed (RFC 6750 section 3.1). */
    void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"crossings\", error=\"invalid_token\"");
        write(response, HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid API token",
                "the API token is unknown, expired, revoked or malformed (GET /api/me/tokens lists one's tokens with"
                        + " when each expires)");
    }

    private static String reason(Throwable e) {
        return e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof AccessRulesAuthorization.Refusal refusal
                ? refusal.reason() : null;
    }

    /** A browser navigating to a page (not the API, not the log) gets a redirect rather than a problem document. */
    private static boolean asksForPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        String path = request.getServletPath();
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !path.startsWith("/api/") && !path.startsWith("/log/")
                && !ApiTokenFilter.hasBearerToken(request);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String type, String title,
            String detail) throws IOException {
        new Problem(status.value(), type, title, detail).writeTo(response);
    }
}

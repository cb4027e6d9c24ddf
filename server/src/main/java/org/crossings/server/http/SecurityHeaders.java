package org.crossings.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The headers every answer carries, pages, API, log and errors alike, set before anything else runs so that no
 * refusal goes without them (Tomcat's own refusals get them from {@link ProblemReportValve}).
 *
 * <p>The pages are plain HTML with one style sheet and one script, both served from {@code /assets/}: the policy
 * allows nothing inline and nothing from elsewhere, so injected markup can neither run nor style itself, nor send a
 * form to another site. Nothing here may be framed, and no address leaks to another site in a Referer.
 */
public final class SecurityHeaders extends HttpFilter {

    /** What the pages may load: their own style sheet, script and images, and forms to this server. */
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
            "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'");

    /** Browser features no page of Crossings uses; a scanner that types the document's zone needs none of them. */
    public static final String PERMISSIONS_POLICY = String.join(", ", "accelerometer=()", "camera=()",
            "geolocation=()", "gyroscope=()", "magnetometer=()", "microphone=()", "payment=()", "usb=()");

    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "Referrer-Policy", "no-referrer",
            "Permissions-Policy", PERMISSIONS_POLICY,
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY");

    /** Sets the headers on a response that is not committed yet. */
    public static void applyTo(HttpServletResponse response) {
        HEADERS.forEach(response::setHeader);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(response);
        chain.doFilter(request, response);
    }
}

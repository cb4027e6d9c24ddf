package org.crossings.server.travel.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.crossings.server.http.Html;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The anonymous door: pre-registrations ({@code POST /api/preregistrations}, {@code POST /preregister}), which anyone
 * may send without signing in. Each is admitted by {@link DoorLimits} (per client address, and for everyone together)
 * before anything else runs, its body unread; one past a limit is answered 429 with {@code Retry-After} (whole
 * seconds), as an RFC 9457 problem for the API and as a page for the form. Placed before sign-in and before the
 * idempotency filter, so that a refused request claims no {@code Idempotency-Key} and costs no database work.
 *
 * <p>The client address is the connection's ({@code getRemoteAddr}); behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so that it is the client's, not the proxy's.
 */
public final class AnonymousDoor extends OncePerRequestFilter {

    static final Set<String> DOORS = Set.of("/api/preregistrations", "/preregister");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DoorLimits limits;

    /**
     * @param perAddress {@code crossings.preregistration.per-address}, such as {@code 60/PT10M}
     * @param overall    {@code crossings.preregistration.overall}, such as {@code 1200/PT1M}
     * @param addresses  how many client addresses are remembered at most
     */
    public AnonymousDoor(String perAddress, String overall, int addresses) {
        this.limits = new DoorLimits(Rate.parse("crossings.preregistration.per-address", perAddress),
                Rate.parse("crossings.preregistration.overall", overall), addresses, System::nanoTime);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getMethod().equals("POST") || !DOORS.contains(path(request));
    }

    /** The path as the routes match it, decoded: {@code /api/%70reregistrations} is the same door. */
    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (limits.admit(request.getRemoteAddr())) {
            case DoorLimits.Verdict.Pass pass -> chain.doFilter(request, response);
            case DoorLimits.Verdict.Wait wait -> refuse(request, response, wait);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, DoorLimits.Verdict.Wait wait)
            throws IOException {
        long seconds = Math.max(1, (wait.retryAfter().toMillis() + 999) / 1000);
        String detail = "too many pre-registrations " + wait.limit() + "; try again in " + seconds + " s";
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setHeader("Cache-Control", "no-store");
        if (path(request).equals("/preregister")) {
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(Html.page("Pre-register · Crossings", "<h1>Please wait</h1>"
                    + "<div id=\"note\" role=\"alert\" class=\"error\">" + Html.escape(detail) + ".</div>"
                    + "<p><a href=\"/preregister\">Back to the form</a></p>"));
            return;
        }
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(Map.of( // JSON is UTF-8: no charset parameter
                "type", "https://crossings.example/problems/too-many-requests",
                "title", "Too many requests", "status", 429, "detail", detail,
                "instance", path(request))));
    }
}

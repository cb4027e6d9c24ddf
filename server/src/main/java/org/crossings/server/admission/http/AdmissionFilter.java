package org.crossings.server.admission.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import org.crossings.server.admission.WriteAdmission;
import org.crossings.server.http.Problem;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a write away quickly when the node is at its limit: nothing of it is read, authenticated or recorded, and the
 * client is told to try again in a second. Reads (health and metrics among them) pass untouched, so a node that sheds
 * writes still answers what it holds. It runs before sign-in, so that a shed write costs next to nothing.
 */
public final class AdmissionFilter extends OncePerRequestFilter {

    /** RFC 9110's safe methods: they change nothing, so they never wait for a place. */
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final WriteAdmission admission;

    public AdmissionFilter(WriteAdmission admission) {
        this.admission = Objects.requireNonNull(admission, "admission");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return SAFE.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!admission.enter()) {
            shed(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            admission.leave();
        }
    }

    private void shed(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        new Problem(503, "node-overloaded", "Too many writes at once", "this node is handling "
                + admission.limits().maxInFlight() + " writes already; nothing of this request was read or recorded,"
                + " try again after Retry-After").writeTo(response);
    }
}

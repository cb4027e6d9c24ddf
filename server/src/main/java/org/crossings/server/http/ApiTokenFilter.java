package org.crossings.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.crossings.server.people.ApiTokenSecret;
import org.crossings.server.people.People;
import org.crossings.server.people.Person;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a machine client by its {@code Authorization: Bearer} API token (RFC 6750), for this request only. A token
 * that is unknown, expired, revoked or malformed is refused with 401 at once: it never falls back to an anonymous
 * request.
 */
public final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final People people;
    private final AccessProblems problems;
    private final Clock clock;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public ApiTokenFilter(People people, AccessProblems problems, Clock clock) {
        this.people = people;
        this.problems = problems;
        this.clock = clock;
    }

    /** Whether the request carries a bearer token; such requests go through the stateless chain. */
    public static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Person> holder = holder(request);
        if (holder.isEmpty()) {
            problems.invalidToken(request, response);
            return;
        }
        Caller caller = new Caller(holder.get(), Caller.SignedInBy.API_TOKEN);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, List.of()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private Optional<Person> holder(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String secret = header == null || header.length() < BEARER.length()
                ? "" : header.substring(BEARER.length()).trim();
        return ApiTokenSecret.isWellFormed(secret)
                ? people.findByToken(new ApiTokenSecret(secret), clock.instant())
                : Optional.empty();
    }
}

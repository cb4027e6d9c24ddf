package org.crossings.server.idempotency.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import org.crossings.server.http.Problem;
import org.crossings.server.idempotency.IdempotencyKey;
import org.crossings.server.idempotency.Outcome;
import org.crossings.server.idempotency.RequestOutcomes;
import org.crossings.server.idempotency.RequestOutcomes.Claim;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Answers a retried write once. A write (POST, PUT, PATCH, DELETE) with an {@code Idempotency-Key} header is claimed
 * for its caller before it runs; its answer is kept with the key, and a retry of the same request gets that answer
 * again, marked {@code Idempotency-Replayed: true}. The same key with another request is a 422 problem; while the
 * first is still being answered, a 409 problem with {@code Retry-After}. A 5xx answer acknowledged nothing, so it is
 * not kept: the key may be sent again. Runs after sign-in, so a key is the caller's own and a refused caller claims
 * nothing.
 */
public final class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final RequestOutcomes outcomes;
    private final int maxBody;

    public IdempotencyFilter(RequestOutcomes outcomes, int maxBody) {
        this.outcomes = outcomes;
        this.maxBody = maxBody;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // forms (the desk's pages) carry their own once-token; their parameters are parsed from the original stream
        String type = String.valueOf(request.getContentType());
        return !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null
                || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        IdempotencyKey key;
        try {
            key = IdempotencyKey.parse(request.getHeader(HEADER));
        } catch (IllegalArgumentException bad) {
            problem(response, 400, "bad-idempotency-key", "Bad Idempotency-Key", bad.getMessage(), null);
            return;
        }
        BufferedRequest buffered = BufferedRequest.of(request, maxBody);
        if (buffered == null) {
            problem(response, 413, "body-too-large", "The request body is too large",
                    "the body is larger than " + maxBody + " bytes", null);
            return;
        }
        String caller = caller(request);
        switch (outcomes.claim(caller, key, digest(buffered))) {
            case Claim.First first -> answerFirst(buffered, response, chain, caller, key);
            case Claim.Answered answered -> replay(answered.outcome(), response);
            case Claim.InFlight inFlight -> problem(response, 409, "idempotency-key-in-flight",
                    "The first request with this key is still being answered",
                    "a request with Idempotency-Key \"" + key.value() + "\" is still being answered; try again shortly",
                    "1");
            case Claim.OtherRequest other -> problem(response, 422, "idempotency-key-reused",
                    "The key was used for another request",
                    "Idempotency-Key \"" + key.value() + "\" was sent before with another request (method, path or"
                            + " body); use a new key for a new request", null);
        }
    }

    private void answerFirst(BufferedRequest request, HttpServletResponse response, FilterChain chain, String caller,
            IdempotencyKey key) throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean answered = false;
        try {
            chain.doFilter(request, recorded);
            answered = recorded.getStatus() < 500;
            if (answered) {
                outcomes.complete(caller, key, new Outcome(recorded.getStatus(), recorded.getContentType(),
                        recorded.getContentAsByteArray()));
            }
        } finally {
            if (!answered) {
                outcomes.release(caller, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    /** An RFC 9457 problem, written before any route runs; {@code retryAfter} in seconds, or null. */
    private static void problem(HttpServletResponse response, int status, String type, String title, String detail,
            String retryAfter) throws IOException {
        if (retryAfter != null) {
            response.setHeader("Retry-After", retryAfter);
        }
        new Problem(status, type, title, detail).writeTo(response);
    }

    private static void replay(Outcome outcome, HttpServletResponse response) throws IOException {
        response.setStatus(outcome.status());
        if (outcome.contentType() != null) {
            response.setContentType(outcome.contentType());
        }
        response.setHeader("Idempotency-Replayed", "true");
        response.getOutputStream().write(outcome.body());
    }

    /**
     * Who asks: the signed-in person, or for an anonymous request its client address, so that no stranger who sent
     * the same key and body from elsewhere is replayed someone else's answer (a pre-registration's secret, say).
     */
    private static String caller(HttpServletRequest request) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn == null || signedIn instanceof AnonymousAuthenticationToken || !signedIn.isAuthenticated()
                ? "anonymous:" + request.getRemoteAddr() : "person:" + signedIn.getName();
    }

    private static byte[] digest(BufferedRequest request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {request.getMethod(), request.getRequestURI(),
                    String.valueOf(request.getQueryString()), String.valueOf(request.getContentType())}) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return sha256.digest(request.body());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

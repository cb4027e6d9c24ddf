package org.crossings.server.people.http;

import org.crossings.server.http.Caller;
import org.crossings.server.http.NotFound;
import org.crossings.server.http.AccessRules;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crossings.server.people.ApiToken;
import org.crossings.server.people.ApiTokenId;
import org.crossings.server.people.IssuedToken;
import org.crossings.server.people.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A person's own API tokens, for the machine clients they run: issued (the secret is shown this once and never
 * again; only its SHA-256 is kept), listed, and revoked for good. No one sees or revokes another person's tokens.
 * A token lives {@code crossings.tokens.lifetime} (30 days unless configured), then signs no one in. Only a person
 * signed in with their password issues tokens: a token cannot beget another ({@link AccessRules}).
 */
@RestController
class TokenRoutes {

    private final People people;
    private final Clock clock;
    private final Duration lifetime;

    TokenRoutes(People people, Clock clock, @Value("${crossings.tokens.lifetime:P30D}") Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("crossings.tokens.lifetime " + lifetime + " must be positive");
        }
        this.people = people;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A token as listed; {@code expired} and {@code revokedAt} say whether it still signs anyone in. */
    record TokenView(String id, String label, String issuedAt, String expiresAt, boolean expired, String revokedAt) {
        static TokenView of(ApiToken token, Instant now) {
            return new TokenView(token.id().toString(), token.label(), token.issuedAt().toString(),
                    token.expiresAt().toString(), !now.isBefore(token.expiresAt()),
                    token.revoked().map(Object::toString).orElse(null));
        }
    }

    @PostMapping(path = "/api/me/tokens", produces = "application/json")
    ResponseEntity<Map<String, Object>> issue(Caller caller, @RequestBody(required = false) JsonNode body) {
        String label = label(body);
        Instant now = clock.instant();
        IssuedToken issued = people.issueToken(caller.username(), label.strip(), now, now.plus(lifetime));
        return ResponseEntity.created(URI.create("/api/me/tokens/" + issued.token().id()))
                .cacheControl(CacheControl.noStore())
                .body(Map.of("token", TokenView.of(issued.token(), now), "secret", issued.secret().value()));
    }

    /** The body's {@code label}: a string of 1 to 100 characters that says what the token is for. */
    private static String label(JsonNode body) {
        JsonNode label = body == null ? null : body.get("label");
        String rule = ": it must name the token's use in 1 to 100 characters";
        if (label == null || !label.isString()) {
            throw new IllegalArgumentException("label " + (label == null ? "is missing" : label + " is not a string")
                    + rule);
        }
        String text = label.asString();
        if (text.isBlank() || text.length() > 100) {
            throw new IllegalArgumentException("label of " + text.strip().length() + " characters" + rule);
        }
        return text;
    }

    @GetMapping(path = "/api/me/tokens", produces = "application/json")
    List<TokenView> tokens(Caller caller) {
        Instant now = clock.instant();
        return people.tokens(caller.username()).stream().map(token -> TokenView.of(token, now)).toList();
    }

    @DeleteMapping("/api/me/tokens/{id}")
    ResponseEntity<Void> revoke(Caller caller, @PathVariable String id) {
        ApiTokenId token = ApiTokenId.parse(id);
        boolean own = people.tokens(caller.username()).stream().anyMatch(t -> t.id().equals(token));
        if (!own) {
            throw new NotFound("token " + id + " is not one of " + caller.username() + "'s tokens");
        }
        people.revokeToken(token, clock.instant());
        return ResponseEntity.noContent().build();
    }
}

package org.crossings.server.http;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The caller behind a Spring Security authentication: the one place where each way of signing in becomes a
 * {@link Caller}.
 *
 * <p>A party's own OpenID Connect provider plugs in here: its {@code OidcUser} principal maps to the Person whose
 * party registered that provider (the issuer names the party, never a claim the provider could set for another party)
 * and whose username the subject is linked to, with {@code SignedInBy.OIDC}. Any other principal is no caller.
 */
final class Authentications {

    private Authentications() {
    }

    static Optional<Caller> caller(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return switch (authentication.getPrincipal()) {
            case Caller caller -> Optional.of(caller);
            case PersonDetails details -> Optional.of(new Caller(details.person(), Caller.SignedInBy.SESSION));
            case null, default -> Optional.empty();
        };
    }
}

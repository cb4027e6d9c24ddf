package org.crossings.server.people.http;

import org.crossings.server.http.PersonDetails;
import java.util.Optional;
import java.util.UUID;
import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signs a person in with their username and password, and tells no one which usernames exist: an unknown name is
 * refused exactly like a wrong password, after checking the password against a hash all the same (Argon2, as for a
 * real person, so that it takes as long), and it is counted towards a pause like any name. While sign-in to the
 * account or from the client's address is paused ({@link SignInAttempts}), no password is checked at all.
 */
public final class PasswordSignIn implements AuthenticationProvider {

    private final People people;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    /** The hash checked for a name no one has: of a password no one knows. */
    private final String nobodysHash;

    public PasswordSignIn(People people, PasswordEncoder passwords, SignInAttempts attempts) {
        this.people = people;
        this.passwords = passwords;
        this.attempts = attempts;
        this.nobodysHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        refuseWhilePaused(name, address);
        Optional<PersonDetails> person = find(name);
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        boolean matches = passwords.matches(password, person.map(PersonDetails::getPassword).orElse(nobodysHash));
        if (person.isEmpty() || !matches) {
            attempts.failed(name, address);
            refuseWhilePaused(name, address); // this failure may have been the last one allowed
            throw new BadCredentialsException("wrong username or password");
        }
        attempts.succeeded(name);
        PersonDetails details = person.get();
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void refuseWhilePaused(String name, String address) {
        Optional<java.time.Instant> paused = attempts.pausedUntil(name, address);
        if (paused.isPresent()) {
            throw new SignInPaused(paused.get());
        }
    }

    private Optional<PersonDetails> find(String name) {
        if (!Username.isWellFormed(name)) {
            return Optional.empty();
        }
        Username username = Username.of(name);
        return people.find(username)
                .flatMap(person -> people.passwordHash(username).map(hash -> new PersonDetails(person, hash)));
    }
}

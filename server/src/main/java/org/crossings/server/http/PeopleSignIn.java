package org.crossings.server.http;

import org.crossings.server.people.People;
import org.crossings.server.people.Username;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds the person signing in with a username and password. Spring Security checks the password against the hash
 * and answers an unknown name exactly like a wrong password, so the form does not tell who exists.
 */
public final class PeopleSignIn implements UserDetailsService {

    private final People people;

    public PeopleSignIn(People people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        if (!Username.isWellFormed(name)) {
            throw new UsernameNotFoundException("no such person");
        }
        Username username = Username.of(name);
        return people.find(username)
                .flatMap(person -> people.passwordHash(username).map(hash -> new PersonDetails(person, hash)))
                .orElseThrow(() -> new UsernameNotFoundException("no such person"));
    }
}

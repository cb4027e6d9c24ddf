package org.crossings.server.http;

import java.util.Collection;
import org.crossings.server.people.PasswordHash;
import org.crossings.server.people.Person;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person as Spring Security's form sign-in sees them: the principal of a browser session. The hash is dropped once
 * the password has been checked, so sessions never hold it.
 */
public final class PersonDetails implements UserDetails, CredentialsContainer {

    private final Person person;
    private String passwordHash;

    public PersonDetails(Person person, PasswordHash passwordHash) {
        this.person = person;
        this.passwordHash = passwordHash.value();
    }

    public Person person() {
        return person;
    }

    /** Spring's authorities, for its own tooling only: access is decided by {@link AccessRules} on the person. */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return person.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return person.username().value();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "PersonDetails[" + person.username() + "]";
    }
}

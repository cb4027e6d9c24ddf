package org.crossings.server.people;

import java.util.Objects;

/** A demo person with the password made for them, to be shown once to whoever started the demo. */
public record DemoPerson(Person person, String password) {

    public DemoPerson {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(password, "person " + person.username() + ": password");
    }

    /** Without the password, so that a stray log line does not reveal it; {@link DemoPeople#table} shows it. */
    @Override
    public String toString() {
        return "DemoPerson[" + person.username() + "]";
    }
}

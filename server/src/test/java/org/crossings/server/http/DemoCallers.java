package org.crossings.server.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.people.DemoPeople;
import org.crossings.server.people.Person;

/** Every demo person of the world of CONTEXT.md as a caller, by username; the callers of the access matrices. */
final class DemoCallers {

    static final DemoWorld WORLD = DemoWorld.load();
    /** Signed in by session; with an API token they may do the same, except issue tokens (AccessRulesTest). */
    static final Map<String, Caller> BY_USERNAME = byUsername();
    static final String ANONYMOUS = "(not signed in)";

    private DemoCallers() {
    }

    /** Every caller name of the matrices, the anonymous one first. */
    static Iterable<String> names() {
        List<String> names = new ArrayList<>();
        names.add(ANONYMOUS);
        names.addAll(BY_USERNAME.keySet());
        return names;
    }

    static Optional<Caller> caller(String name) {
        return name.equals(ANONYMOUS) ? Optional.empty() : Optional.of(BY_USERNAME.get(name));
    }

    private static Map<String, Caller> byUsername() {
        Map<String, Caller> callers = new LinkedHashMap<>();
        for (Person person : DemoPeople.of(WORLD.parties(), WORLD.places())) {
            callers.put(person.username().value(), new Caller(person, Caller.SignedInBy.SESSION));
        }
        return Collections.unmodifiableMap(callers);
    }
}

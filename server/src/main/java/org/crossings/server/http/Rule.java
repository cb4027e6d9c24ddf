package org.crossings.server.http;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crossings.server.people.Role;

/**
 * Who may make a request, as a test of the {@link Caller} and the path's variables, and in words for the refusal:
 * "an agreement signatory of TUR". The rules here are the only ones {@link AccessRules} uses; each checks the party
 * the caller belongs to against the party the request acts for, so that no one ever acts for another party.
 */
public sealed interface Rule {

    /** Whether this caller (empty when no one signed in) may make a request with these path values. */
    boolean allows(Optional<Caller> caller, PathValues path);

    /** Who may, in words, with the path's values filled in. */
    String who(PathValues path);

    /** The path variables this rule reads; the table checks that its pattern has each. */
    Set<String> variables();

    /** Anyone, signed in or not. */
    static Rule anyone() {
        return new Anyone();
    }

    static Rule signedIn() {
        return new OfCaller("a signed-in person", (caller, path) -> true);
    }

    /**
     * A person signed in with their password, in a browser session: not a machine client with an API token, so that
     * a leaked token cannot make itself new ones.
     */
    static Rule signedInWithPassword() {
        return new OfCaller("a person signed in with a password (not an API token)",
                (caller, path) -> caller.signedInBy() == Caller.SignedInBy.SESSION);
    }

    /** Someone holding {@code role} in whatever party: for roles that act for no party but their own. */
    static Rule holding(Role role) {
        return new OfCaller("a person with the role \"" + role.title() + "\"", (caller, path) -> caller.holds(role));
    }

    /**
     * Someone who works with the data of crossings: a state officer, the operator's front office, an observer. Not
     * carriers (the public of a state party) nor signatories (who read agreements through their own routes). For the
     * rows of features below people, which cannot name roles.
     */
    static Rule workingWithData() {
        return anyOf(holding(Role.STATE_OFFICER), holding(Role.OPERATOR_FRONT_OFFICE), holding(Role.OBSERVER));
    }

    /** A state officer of the party named by path variable {@code party}, at any of its posts. */
    static Rule officerOf(String party) {
        return new OfCaller("a state officer of {" + party + "}", (caller, path) ->
                path.party(party).filter(code -> caller.holdsFor(Role.STATE_OFFICER, code)).isPresent());
    }

    /** A state officer at the post named by path variable {@code post}. */
    static Rule officerAt(String post) {
        return new OfCaller("a state officer at post {" + post + "}", (caller, path) ->
                path.post(post).filter(caller::isOfficerAt).isPresent());
    }

    /** An agreement signatory of the party named by path variable {@code party}. */
    static Rule signatoryOf(String party) {
        return new OfCaller("an agreement signatory of {" + party + "}", (caller, path) ->
                path.party(party).filter(code -> caller.holdsFor(Role.AGREEMENT_SIGNATORY, code)).isPresent());
    }

    /** An agreement signatory of a party to the agreement named by path variable {@code agreement}. */
    static Rule signatoryOfAPartyTo(String agreement, AgreementParties parties) {
        Objects.requireNonNull(parties, "agreement parties");
        return new OfCaller("an agreement signatory of a party to agreement {" + agreement + "}", (caller, path) ->
                caller.holds(Role.AGREEMENT_SIGNATORY) && parties.of(path.text(agreement)).contains(caller.party()));
    }

    /** Whoever any of {@code rules} allows. */
    static Rule anyOf(Rule... rules) {
        return new AnyOf(List.of(rules));
    }

    /** Allows everyone; the only rule that does not need a signed-in caller. */
    record Anyone() implements Rule {
        @Override
        public boolean allows(Optional<Caller> caller, PathValues path) {
            return true;
        }

        @Override
        public String who(PathValues path) {
            return "anyone";
        }

        @Override
        public Set<String> variables() {
            return Set.of();
        }
    }

    /** A test of a signed-in caller; a template such as "a state officer of {party}" says who passes it. */
    record OfCaller(String template, BiPredicate<Caller, PathValues> test) implements Rule {
        private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

        @Override
        public boolean allows(Optional<Caller> caller, PathValues path) {
            return caller.isPresent() && test.test(caller.get(), path);
        }

        @Override
        public String who(PathValues path) {
            return path.fill(template);
        }

        @Override
        public Set<String> variables() {
            Matcher matcher = VARIABLE.matcher(template);
            return matcher.results().map(result -> result.group(1)).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** Whoever any of its rules allows. */
    record AnyOf(List<Rule> rules) implements Rule {
        public AnyOf {
            rules = List.copyOf(rules);
        }

        @Override
        public boolean allows(Optional<Caller> caller, PathValues path) {
            return rules.stream().anyMatch(rule -> rule.allows(caller, path));
        }

        @Override
        public String who(PathValues path) {
            return rules.stream().map(rule -> rule.who(path)).collect(Collectors.joining(" or "));
        }

        @Override
        public Set<String> variables() {
            return rules.stream().flatMap(rule -> rule.variables().stream()).collect(Collectors.toUnmodifiableSet());
        }
    }
}

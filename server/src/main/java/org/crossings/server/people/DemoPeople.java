package org.crossings.server.people;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.crossings.server.party.Parties;
import org.crossings.server.party.Party;
import org.crossings.server.place.Places;
import org.crossings.server.place.Post;

/**
 * The people of a demo: one person for every role every party of the world may hold, and a state officer at every
 * post of every state, each with a random password. The demo loader asks for them once, on a fresh database, and
 * prints {@link #table} so that whoever started the demo can sign in as anyone.
 *
 * <p>Usernames say who they are: {@code arm-officer-margara}, {@code tur-signatory}, {@code operator-front-office},
 * {@code eu-observer}, {@code aze-carrier}.
 */
public final class DemoPeople {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // no l, o, 0, 1: read off a screen
    private static final SecureRandom RANDOM = new SecureRandom();

    private final People people;
    private final PasswordHashing hashing;

    public DemoPeople(People people, PasswordHashing hashing) {
        this.people = Objects.requireNonNull(people, "people");
        this.hashing = Objects.requireNonNull(hashing, "password hashing");
    }

    /**
     * Creates the demo people of this world and returns them with their passwords.
     *
     * @throws IllegalStateException if anyone exists already: demo people are made on a fresh database only
     */
    public List<DemoPerson> create(Parties parties, Places places) {
        if (!people.all().isEmpty()) {
            throw new IllegalStateException("there are people already; demo people are made on a fresh database only");
        }
        List<DemoPerson> created = new ArrayList<>();
        for (Person person : of(parties, places)) {
            String password = password();
            people.add(person.checkAgainst(parties, places), hashing.hash(password));
            created.add(new DemoPerson(person, password));
        }
        return List.copyOf(created);
    }

    /** The demo people of a world, without passwords: one per role a party's kind may hold, one officer per post. */
    public static List<Person> of(Parties parties, Places places) {
        List<Person> persons = new ArrayList<>();
        for (Party party : parties.all()) {
            for (Role role : Role.values()) {
                if (role == Role.STATE_OFFICER && party.isState()) {
                    places.posts().stream().filter(post -> post.party().equals(party.code()))
                            .forEach(post -> persons.add(officer(party, post)));
                } else if (role != Role.STATE_OFFICER && role.mayBeHeldIn(party.kind())) {
                    persons.add(holder(party, role));
                }
            }
        }
        return persons;
    }

    private static Person officer(Party party, Post post) {
        String place = post.code().value().substring(post.code().value().indexOf('-') + 1);
        Username username = Username.of(lower(party.code().value()) + "-officer-" + lower(place));
        return Person.of(username, "Officer at " + post.name() + " (" + party.code() + ")", party.code(),
                RoleGrant.officerAt(post.code()));
    }

    private static Person holder(Party party, Role role) {
        String suffix = switch (role) {
            case AGREEMENT_SIGNATORY -> "signatory";
            case OPERATOR_FRONT_OFFICE -> "front-office";
            case OPERATOR_MONITORING -> "monitoring";
            case OBSERVER -> "observer";
            case CARRIER -> "carrier";
            case STATE_OFFICER -> throw new IllegalArgumentException("a state officer is made per post");
        };
        String title = Character.toUpperCase(role.title().charAt(0)) + role.title().substring(1);
        return Person.of(Username.of(lower(party.code().value()) + "-" + suffix),
                title + " (" + party.name() + ")", party.code(), RoleGrant.of(role));
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** Four groups of five from a 32-letter alphabet: 100 bits, and easy to type from a terminal. */
    private static String password() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** The people as a table for a terminal: username, party, role, password. */
    public static String table(List<DemoPerson> demoPeople) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"USERNAME", "PARTY", "ROLE", "PASSWORD"});
        for (DemoPerson demo : demoPeople) {
            Person person = demo.person();
            rows.add(new String[] {person.username().value(), person.party().value(),
                    String.join(", ", person.grants().stream().map(RoleGrant::toString).toList()), demo.password()});
        }
        int[] widths = new int[4];
        rows.forEach(row -> {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        });
        StringBuilder table = new StringBuilder();
        String format = "  %-" + widths[0] + "s  %-" + widths[1] + "s  %-" + widths[2] + "s  %s%n";
        rows.forEach(row -> table.append(String.format(Locale.ROOT, format, (Object[]) row)));
        return table.toString();
    }
}

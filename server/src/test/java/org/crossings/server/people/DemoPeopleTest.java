package org.crossings.server.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crossings.server.RunningServer;
import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.people.store.PostgresPeople;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class DemoPeopleTest {

    private static final DemoWorld WORLD = DemoWorld.load();

    @Test
    void the_demo_world_has_a_person_for_every_role_of_every_party_and_an_officer_at_every_post() {
        List<String> usernames = DemoPeople.of(WORLD.parties(), WORLD.places()).stream()
                .map(person -> person.username().value()).toList();

        assertThat(usernames).containsExactly(
                "arm-officer-margara", "arm-officer-akhurik", "arm-officer-syunik-east", "arm-officer-syunik-west",
                "arm-signatory", "arm-carrier",
                "tur-officer-alican", "tur-officer-dogukapi", "tur-signatory", "tur-carrier",
                "aze-officer-aghband", "aze-officer-ordubad", "aze-signatory", "aze-carrier",
                "operator-front-office", "operator-monitoring",
                "eu-observer", "usa-observer");
    }

    @Test
    void demo_people_are_stored_with_argon2_hashes_of_their_random_passwords() {
        People people = new PostgresPeople(FreshPeopleDatabase.create());
        PasswordEncoder encoder = RunningServer.shared().bean(PasswordEncoder.class);

        List<DemoPerson> created = new DemoPeople(people, RunningServer.shared().bean(PasswordHashing.class))
                .create(WORLD.parties(), WORLD.places());

        assertThat(people.all()).hasSize(created.size()).hasSize(18);
        DemoPerson officer = created.getFirst();
        PasswordHash stored = people.passwordHash(officer.person().username()).orElseThrow();
        assertThat(stored.value()).startsWith("{argon2}$argon2id$");
        assertThat(encoder.matches(officer.password(), stored.value())).isTrue();
        assertThat(officer.password()).matches("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
        assertThat(created).extracting(DemoPerson::password).doesNotHaveDuplicates();
    }

    @Test
    void demo_people_are_made_on_a_fresh_database_only() {
        People people = new PostgresPeople(FreshPeopleDatabase.create());
        DemoPeople demo = new DemoPeople(people, password -> new PasswordHash("{noop}" + password));
        demo.create(WORLD.parties(), WORLD.places());

        assertThatThrownBy(() -> demo.create(WORLD.parties(), WORLD.places()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("there are people already; demo people are made on a fresh database only");
    }

    @Test
    void the_table_shows_username_party_role_and_password_in_columns() {
        Person officer = DemoPeople.of(WORLD.parties(), WORLD.places()).getFirst();
        Person observer = DemoPeople.of(WORLD.parties(), WORLD.places()).getLast();

        String table = DemoPeople.table(List.of(new DemoPerson(officer, "abcde-fghij-kmnpq-rstuv"),
                new DemoPerson(observer, "22222-33333-44444-55555")));

        assertThat(table).isEqualTo("""
                  USERNAME             PARTY  ROLE                         PASSWORD
                  arm-officer-margara  ARM    state officer at AM-MARGARA  abcde-fghij-kmnpq-rstuv
                  usa-observer         USA    observer                     22222-33333-44444-55555
                """);
    }
}

package org.crossings.server.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.PostCode;
import org.junit.jupiter.api.Test;

/** The rules of who may hold which role, checked against the demo world of CONTEXT.md. */
class PersonTest {

    private static final DemoWorld WORLD = DemoWorld.load();
    private static final PartyCode ARM = PartyCode.of("ARM");
    private static final PostCode MARGARA = PostCode.of("AM-MARGARA");
    private static final PostCode ALICAN = PostCode.of("TR-ALICAN");

    private static Person person(String party, RoleGrant... grants) {
        return Person.of(Username.of("someone"), "Someone", PartyCode.of(party), grants);
    }

    private static Person checked(Person person) {
        return person.checkAgainst(WORLD.parties(), WORLD.places());
    }

    @Test
    void an_armenian_officer_at_margara_fits_the_world() {
        Person officer = checked(person("ARM", RoleGrant.officerAt(MARGARA)));

        assertThat(officer.roles()).containsExactly(Role.STATE_OFFICER);
        assertThat(officer.posts()).containsExactly(MARGARA);
    }

    @Test
    void a_state_officer_cannot_be_posted_at_another_states_post() {
        assertThatThrownBy(() -> checked(person("ARM", RoleGrant.officerAt(ALICAN))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("person someone: post \"TR-ALICAN\" belongs to TUR, not to the person's party ARM");
    }

    @Test
    void a_state_officer_must_be_posted_at_a_known_post() {
        assertThatThrownBy(() -> checked(person("ARM", RoleGrant.officerAt(PostCode.of("AM-NOWHERE")))))
                .hasMessage("person someone: post \"AM-NOWHERE\" is not a known post");
    }

    @Test
    void the_operator_can_hold_no_sovereign_role() {
        assertThatThrownBy(() -> checked(person("OPERATOR", RoleGrant.of(Role.AGREEMENT_SIGNATORY))))
                .hasMessage("person someone: role AGREEMENT_SIGNATORY may be held only in a party of kind [STATE],"
                        + " and OPERATOR is a OPERATOR");
        assertThatThrownBy(() -> checked(person("OPERATOR", RoleGrant.officerAt(MARGARA))))
                .hasMessageContaining("role STATE_OFFICER may be held only in a party of kind [STATE]");
    }

    @Test
    void only_the_operator_has_a_front_office_and_monitoring() {
        assertThatThrownBy(() -> checked(person("ARM", RoleGrant.of(Role.OPERATOR_FRONT_OFFICE))))
                .hasMessageContaining("role OPERATOR_FRONT_OFFICE may be held only in a party of kind [OPERATOR]");
        assertThatThrownBy(() -> checked(person("EU", RoleGrant.of(Role.OPERATOR_MONITORING))))
                .hasMessageContaining("role OPERATOR_MONITORING may be held only in a party of kind [OPERATOR]");
    }

    @Test
    void observers_only_observe_and_only_observers_do() {
        assertThat(checked(person("EU", RoleGrant.of(Role.OBSERVER))).roles()).containsExactly(Role.OBSERVER);
        assertThatThrownBy(() -> checked(person("EU", RoleGrant.of(Role.AGREEMENT_SIGNATORY))))
                .hasMessageContaining("role AGREEMENT_SIGNATORY may be held only in a party of kind [STATE]");
        assertThatThrownBy(() -> checked(person("TUR", RoleGrant.of(Role.OBSERVER))))
                .hasMessageContaining("role OBSERVER may be held only in a party of kind [OBSERVER]");
    }

    @Test
    void a_person_of_an_unknown_party_does_not_fit_the_world() {
        assertThatThrownBy(() -> checked(person("GEO", RoleGrant.of(Role.CARRIER))))
                .hasMessage("person someone: party \"GEO\" is not a known party");
    }

    @Test
    void a_person_holds_at_least_one_role() {
        assertThatThrownBy(() -> new Person(Username.of("someone"), "Someone", ARM, Set.of()))
                .hasMessage("person someone: must hold at least one role");
    }

    @Test
    void a_state_officer_is_granted_at_a_post_and_no_other_role_is() {
        assertThatThrownBy(() -> new RoleGrant(Role.STATE_OFFICER, null))
                .hasMessage("role STATE_OFFICER: a state officer must be granted at a post");
        assertThatThrownBy(() -> new RoleGrant(Role.AGREEMENT_SIGNATORY, MARGARA))
                .hasMessage("role AGREEMENT_SIGNATORY: post \"AM-MARGARA\" given, but only a state officer is"
                        + " granted at a post");
    }

    @Test
    void an_officer_may_serve_at_several_posts_of_their_state() {
        Person officer = checked(person("ARM", RoleGrant.officerAt(MARGARA),
                RoleGrant.officerAt(PostCode.of("AM-AKHURIK")), RoleGrant.of(Role.AGREEMENT_SIGNATORY)));

        assertThat(officer.posts()).containsExactlyInAnyOrder(MARGARA, PostCode.of("AM-AKHURIK"));
        assertThat(officer.grants()).extracting(RoleGrant::toString).containsExactly(
                "state officer at AM-AKHURIK", "state officer at AM-MARGARA", "agreement signatory");
    }

    @Test
    void a_display_name_must_not_be_blank() {
        assertThatThrownBy(() -> Person.of(Username.of("someone"), " ", ARM, RoleGrant.of(Role.CARRIER)))
                .hasMessage("person someone: display name \" \" must not be blank");
    }

    @Test
    void usernames_are_lower_case_and_upper_case_is_refused_not_folded() {
        assertThat(Username.of("arm-officer.margara_2").value()).isEqualTo("arm-officer.margara_2");
        assertThatThrownBy(() -> Username.of("Alice"))
                .hasMessageStartingWith("username \"Alice\" must be 2 to 64 lower-case letters");
        assertThatThrownBy(() -> Username.of("1abc")).hasMessageStartingWith("username \"1abc\"");
        assertThatThrownBy(() -> Username.of("a b")).hasMessageStartingWith("username \"a b\"");
    }

    @Test
    void a_password_hash_names_its_algorithm_and_never_prints_itself() {
        PasswordHash hash = new PasswordHash("{argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA");

        assertThat(hash.toString()).isEqualTo("PasswordHash[{argon2}...]");
        assertThatThrownBy(() -> new PasswordHash("hunter2"))
                .hasMessage("password hash must start with the id of its algorithm in braces, as in"
                        + " {argon2}$argon2id$...");
    }
}

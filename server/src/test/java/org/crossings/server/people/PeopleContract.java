package org.crossings.server.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.PostCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link People} adapter must do; each adapter's test extends this with a fresh, empty store. */
public abstract class PeopleContract {

    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");
    private static final PasswordHash HASH = new PasswordHash("{argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA");

    private final Person officer = Person.of(Username.of("arm-officer-margara"), "Ani Petrosyan",
            PartyCode.of("ARM"), RoleGrant.officerAt(PostCode.of("AM-MARGARA")),
            RoleGrant.officerAt(PostCode.of("AM-AKHURIK")), RoleGrant.of(Role.AGREEMENT_SIGNATORY));
    private final Person observer = Person.of(Username.of("eu-observer"), "EU observer", PartyCode.of("EU"),
            RoleGrant.of(Role.OBSERVER));

    private People people;

    /** A new, empty store. */
    protected abstract People emptyPeople();

    @BeforeEach
    void empty() {
        people = emptyPeople();
    }

    @Test
    void a_person_added_is_found_with_every_role_grant_and_post() {
        people.add(officer, HASH);

        assertThat(people.find(officer.username())).contains(officer);
        assertThat(people.passwordHash(officer.username())).contains(HASH);
    }

    @Test
    void everyone_is_listed_by_username() {
        people.add(observer, HASH);
        people.add(officer, HASH);

        assertThat(people.all()).containsExactly(officer, observer);
    }

    @Test
    void an_unknown_person_is_not_found() {
        assertThat(people.find(Username.of("nobody"))).isEmpty();
        assertThat(people.passwordHash(Username.of("nobody"))).isEmpty();
        assertThat(people.all()).isEmpty();
    }

    @Test
    void a_username_is_taken_once_and_the_first_person_stays() {
        people.add(officer, HASH);
        Person impostor = Person.of(officer.username(), "Impostor", PartyCode.of("TUR"),
                RoleGrant.of(Role.AGREEMENT_SIGNATORY));

        assertThatThrownBy(() -> people.add(impostor, HASH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("username \"arm-officer-margara\" is taken");
        assertThat(people.find(officer.username())).contains(officer);
    }

    @Test
    void an_issued_token_finds_its_holder_and_is_listed_without_its_secret() {
        people.add(officer, HASH);

        IssuedToken issued = people.issueToken(officer.username(), "border gate scanner", T0);

        assertThat(people.findByToken(issued.secret(), T0.plusSeconds(180))).contains(officer);
        assertThat(people.tokens(officer.username())).containsExactly(issued.token());
        assertThat(issued.token().revoked()).isEmpty();
    }

    @Test
    void a_revoked_token_finds_no_one_and_keeps_its_first_revocation_time() {
        people.add(officer, HASH);
        IssuedToken issued = people.issueToken(officer.username(), "laptop", T0);

        people.revokeToken(issued.token().id(), T0.plusSeconds(60));
        people.revokeToken(issued.token().id(), T0.plusSeconds(120));

        assertThat(people.findByToken(issued.secret(), T0.plusSeconds(180))).isEmpty();
        assertThat(people.tokens(officer.username())).singleElement()
                .satisfies(token -> assertThat(token.revoked()).contains(T0.plusSeconds(60)));
    }

    @Test
    void revoking_one_token_leaves_the_others_valid() {
        people.add(officer, HASH);
        IssuedToken first = people.issueToken(officer.username(), "first", T0);
        IssuedToken second = people.issueToken(officer.username(), "second", T0.plusSeconds(1));

        people.revokeToken(first.token().id(), T0.plusSeconds(2));

        assertThat(people.findByToken(second.secret(), T0.plusSeconds(3))).contains(officer);
        assertThat(people.tokens(officer.username())).extracting(ApiToken::label).containsExactly("first", "second");
    }

    @Test
    void a_token_finds_its_holder_until_it_expires_and_no_one_from_then_on() {
        people.add(officer, HASH);
        IssuedToken issued = people.issueToken(officer.username(), "queue screen", T0, T0.plus(Duration.ofHours(8)));

        assertThat(people.findByToken(issued.secret(), T0.plus(Duration.ofHours(8)).minusMillis(1))).contains(officer);
        assertThat(people.findByToken(issued.secret(), T0.plus(Duration.ofHours(8)))).isEmpty();
        assertThat(people.tokens(officer.username())).singleElement()
                .satisfies(token -> assertThat(token.expiresAt()).isEqualTo(T0.plus(Duration.ofHours(8))));
    }

    @Test
    void a_token_issued_without_a_lifetime_lives_thirty_days() {
        people.add(officer, HASH);

        IssuedToken issued = people.issueToken(officer.username(), "laptop", T0);

        assertThat(issued.token().expiresAt()).isEqualTo(T0.plus(Duration.ofDays(30)));
        assertThat(people.findByToken(issued.secret(), T0.plus(Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void a_token_cannot_expire_before_it_is_issued() {
        people.add(officer, HASH);

        assertThatThrownBy(() -> people.issueToken(officer.username(), "laptop", T0, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not after it was issued");
        assertThat(people.tokens(officer.username())).isEmpty();
    }

    @Test
    void an_unknown_token_finds_no_one() {
        people.add(officer, HASH);
        people.issueToken(officer.username(), "laptop", T0);

        assertThat(people.findByToken(ApiTokenSecret.generate(), T0)).isEmpty();
    }

    @Test
    void a_token_is_issued_only_to_a_known_person_and_only_a_known_token_is_revoked() {
        assertThatThrownBy(() -> people.issueToken(Username.of("nobody"), "laptop", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("API token holder \"nobody\" is not a known person");
        ApiTokenId unknown = ApiTokenId.random();
        assertThatThrownBy(() -> people.revokeToken(unknown, T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("API token \"" + unknown + "\" does not exist");
    }
}

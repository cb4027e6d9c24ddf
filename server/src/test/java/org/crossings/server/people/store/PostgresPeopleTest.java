package org.crossings.server.people.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.crossings.server.party.PartyCode;
import org.crossings.server.people.FreshPeopleDatabase;
import org.crossings.server.people.IssuedToken;
import org.crossings.server.people.PasswordHash;
import org.crossings.server.people.People;
import org.crossings.server.people.PeopleContract;
import org.crossings.server.people.Person;
import org.crossings.server.people.Role;
import org.crossings.server.people.RoleGrant;
import org.crossings.server.people.Username;
import org.junit.jupiter.api.Test;

class PostgresPeopleTest extends PeopleContract {

    private DataSource database;

    @Override
    protected People emptyPeople() {
        database = FreshPeopleDatabase.create();
        return new PostgresPeople(database);
    }

    @Test
    void the_database_holds_the_sha256_of_a_token_and_never_the_secret() throws SQLException {
        People people = new PostgresPeople(database);
        people.add(Person.of(Username.of("eu-observer"), "EU observer", PartyCode.of("EU"),
                RoleGrant.of(Role.OBSERVER)), new PasswordHash("{argon2}$argon2id$x"));
        IssuedToken issued = people.issueToken(Username.of("eu-observer"), "stats", Instant.EPOCH);

        try (Connection connection = database.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("SELECT * FROM api_token")) {
            rows.next();
            assertThat(rows.getBytes("secret_sha256")).isEqualTo(issued.secret().sha256());
            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                String value = rows.getString(column);
                assertThat(value == null ? "" : value).doesNotContain(issued.secret().value().substring(4));
            }
        }
    }

    @Test
    void a_token_issued_before_tokens_expired_expires_thirty_days_after_it_was_issued() throws SQLException {
        DataSource old = FreshPeopleDatabase.create("5");
        try (Connection connection = old.getConnection()) {
            connection.createStatement().execute("INSERT INTO person VALUES ('eu-observer', 'EU observer', 'EU',"
                    + " '{argon2}$argon2id$x')");
            connection.createStatement().execute("INSERT INTO api_token (id, username, label, secret_sha256,"
                    + " issued_at) VALUES ('6f1c1b52-2f36-4a39-9d5b-1a2b3c4d5e6f', 'eu-observer', 'old', "
                    + " sha256('old'::bytea), '2026-01-01T00:00:00Z')");
        }

        FreshPeopleDatabase.migrate(old, "latest");

        assertThat(new PostgresPeople(old).tokens(Username.of("eu-observer"))).singleElement().satisfies(token ->
                assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-01-31T00:00:00Z")));
    }
}

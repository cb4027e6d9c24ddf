package org.crossings.server.people.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.crossings.server.party.PartyCode;
import org.crossings.server.people.ApiToken;
import org.crossings.server.people.ApiTokenId;
import org.crossings.server.people.ApiTokenSecret;
import org.crossings.server.people.IssuedToken;
import org.crossings.server.people.PasswordHash;
import org.crossings.server.people.People;
import org.crossings.server.people.Person;
import org.crossings.server.people.Role;
import org.crossings.server.people.RoleGrant;
import org.crossings.server.people.Username;
import org.crossings.server.place.PostCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** People in PostgreSQL: a person and their role grants are written in one transaction. */
public final class PostgresPeople implements People {

    private static final String PERSON = "SELECT username, display_name, party FROM person";
    private static final String TOKEN = "SELECT id, username, label, issued_at, expires_at, revoked_at FROM api_token";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TokenHolders holders = new TokenHolders();

    public PostgresPeople(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public Optional<Person> find(Username username) {
        return people(PERSON + " WHERE username = ?", username.value()).stream().findFirst();
    }

    @Override
    public List<Person> all() {
        return people(PERSON + " ORDER BY username");
    }

    @Override
    public void add(Person person, PasswordHash password) {
        try {
            transaction.executeWithoutResult(status -> insert(person, password));
            holders.forgetAll();
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("username \"" + person.username() + "\" is taken", e);
        }
    }

    private void insert(Person person, PasswordHash password) {
        jdbc.sql("INSERT INTO person (username, display_name, party, password_hash) VALUES (?, ?, ?, ?)")
                .params(person.username().value(), person.displayName(), person.party().value(), password.value())
                .update();
        for (RoleGrant grant : person.grants()) {
            jdbc.sql("INSERT INTO role_grant (username, role, post) VALUES (?, ?, ?)")
                    .params(person.username().value(), grant.role().name(),
                            grant.atPost().map(PostCode::value).orElse(null))
                    .update();
        }
    }

    @Override
    public Optional<PasswordHash> passwordHash(Username username) {
        return jdbc.sql("SELECT password_hash FROM person WHERE username = ?").param(username.value())
                .query(String.class).optional().map(PasswordHash::new);
    }

    @Override
    public IssuedToken issueToken(Username holder, String label, Instant issuedAt, Instant expiresAt) {
        // to the microsecond, as timestamptz keeps it: the token returned is the one listed later
        ApiToken token = new ApiToken(ApiTokenId.random(), holder, label, issuedAt.truncatedTo(ChronoUnit.MICROS),
                expiresAt.truncatedTo(ChronoUnit.MICROS), null);
        ApiTokenSecret secret = ApiTokenSecret.generate();
        if (find(holder).isEmpty()) {
            throw new IllegalArgumentException("API token holder \"" + holder + "\" is not a known person");
        }
        jdbc.sql("INSERT INTO api_token (id, username, label, secret_sha256, issued_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(token.id().value(), holder.value(), label, secret.sha256(), timestamp(token.issuedAt()),
                        timestamp(token.expiresAt()))
                .update();
        return new IssuedToken(token, secret);
    }

    /**
     * One query (the person, the token's expiry and every grant, joined), and none at all for a token seen in the last
     * few seconds ({@link TokenHolders}): a machine client's every request looks its token up.
     */
    @Override
    public Optional<Person> findByToken(ApiTokenSecret secret, Instant now) {
        long generation = holders.generation();
        byte[] sha256 = secret.sha256();
        Optional<Person> remembered = holders.find(sha256, now);
        if (remembered.isPresent()) {
            return remembered;
        }
        List<Object[]> rows = jdbc.sql("SELECT p.username, p.display_name, p.party, t.expires_at, g.role, g.post"
                        + " FROM api_token t JOIN person p ON p.username = t.username"
                        + " LEFT JOIN role_grant g ON g.username = p.username"
                        + " WHERE t.secret_sha256 = ? AND t.revoked_at IS NULL AND t.expires_at > ?")
                .params(sha256, timestamp(now))
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6)})
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Person person = holder(rows);
        holders.remember(sha256, person, (Instant) rows.getFirst()[3], now, generation);
        return Optional.of(person);
    }

    /** The person of a token's rows: one per role grant, each with the person's columns. */
    private static Person holder(List<Object[]> rows) {
        Set<RoleGrant> grants = new LinkedHashSet<>();
        for (Object[] row : rows) {
            if (row[4] != null) {
                grants.add(new RoleGrant(Role.valueOf((String) row[4]),
                        row[5] == null ? null : PostCode.of((String) row[5])));
            }
        }
        Object[] first = rows.getFirst();
        return new Person(Username.of((String) first[0]), (String) first[1], PartyCode.of((String) first[2]), grants);
    }

    @Override
    public List<ApiToken> tokens(Username holder) {
        return jdbc.sql(TOKEN + " WHERE username = ? ORDER BY issued_at, id").param(holder.value())
                .query(PostgresPeople::token).list();
    }

    @Override
    public void revokeToken(ApiTokenId id, Instant revokedAt) {
        int found = jdbc.sql("UPDATE api_token SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?")
                .params(timestamp(revokedAt), id.value())
                .update();
        holders.forgetAll(); // after the commit: a lookup that read the token before it is not remembered
        if (found == 0) {
            throw new IllegalArgumentException("API token \"" + id + "\" does not exist");
        }
    }

    /** People with their grants, in the order of {@code sql}, in two queries (people, then all their grants). */
    private List<Person> people(String sql, Object... params) {
        List<String[]> rows = jdbc.sql(sql).params(params).query((rs, n) -> new String[] {
                rs.getString("username"), rs.getString("display_name"), rs.getString("party")}).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Set<RoleGrant>> grants = grantsOf(rows.stream().map(row -> row[0]).toList());
        List<Person> people = new ArrayList<>();
        for (String[] row : rows) {
            people.add(new Person(Username.of(row[0]), row[1], PartyCode.of(row[2]), grants.get(row[0])));
        }
        return people;
    }

    private Map<String, Set<RoleGrant>> grantsOf(List<String> usernames) {
        Map<String, Set<RoleGrant>> grants = new LinkedHashMap<>();
        usernames.forEach(username -> grants.put(username, new LinkedHashSet<>()));
        jdbc.sql("SELECT username, role, post FROM role_grant WHERE username = ANY (?)")
                .param(usernames.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    String post = rs.getString("post");
                    grants.get(rs.getString("username")).add(new RoleGrant(
                            Role.valueOf(rs.getString("role")), post == null ? null : PostCode.of(post)));
                });
        return grants;
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        OffsetDateTime revoked = rs.getObject("revoked_at", OffsetDateTime.class);
        return new ApiToken(new ApiTokenId(rs.getObject("id", UUID.class)), Username.of(rs.getString("username")),
                rs.getString("label"), rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                revoked == null ? null : revoked.toInstant());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

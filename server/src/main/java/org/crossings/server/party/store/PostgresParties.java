package org.crossings.server.party.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.Parties;
import org.crossings.server.party.Party;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKey;
import org.crossings.server.party.PartyKeys;
import org.crossings.server.party.PartyKind;
import org.crossings.server.party.application.RegisteringParty;
import org.crossings.server.party.application.RotatingPartyKey;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The registered parties and their published keys: a read model of {@code party.registered} and
 * {@code party.key-rotated} entries.
 */
public final class PostgresParties implements Parties, Keyrings, Projection {

    private final JdbcClient jdbc;

    public PostgresParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(Recorded entry) {
        if (entry.envelope().type().equals(RotatingPartyKey.ROTATED)) {
            rotate(entry);
        }
        if (!entry.envelope().type().equals(RegisteringParty.REGISTERED)) {
            return;
        }
        JsonNode payload = entry.payload();
        Timestamp at = Timestamp.from(entry.envelope().time());
        Ed25519NoteVerifier key = Ed25519NoteVerifier.parse(payload.get("key").stringValue());
        jdbc.sql("INSERT INTO parties (code, name, kind, registered_at, log_index) VALUES (?, ?, ?, ?, ?)")
                .params(payload.get("code").stringValue(), payload.get("name").stringValue(),
                        payload.get("kind").stringValue(), at, entry.index())
                .update();
        jdbc.sql("INSERT INTO party_keys (party, key_id, verifier_key, valid_from) VALUES (?, ?, ?, ?)")
                .params(payload.get("code").stringValue(), key.keyId().hex(), key.verifierKey(), at)
                .update();
    }

    /**
     * The new key is valid from the rotation's instant; the old one retires a millisecond later, since it signed the
     * rotation itself at that very instant (retirement is exclusive).
     */
    private void rotate(Recorded entry) {
        String party = entry.payload().get("code").stringValue();
        Ed25519NoteVerifier key = Ed25519NoteVerifier.parse(entry.payload().get("key").stringValue());
        Timestamp at = Timestamp.from(entry.envelope().time());
        jdbc.sql("UPDATE party_keys SET retired_at = ? WHERE party = ? AND retired_at IS NULL")
                .params(Timestamp.from(entry.envelope().time().plusMillis(1)), party)
                .update();
        jdbc.sql("INSERT INTO party_keys (party, key_id, verifier_key, valid_from) VALUES (?, ?, ?, ?)")
                .params(party, key.keyId().hex(), key.verifierKey(), at)
                .update();
    }

    @Override
    public void reset() {
        jdbc.sql("DELETE FROM party_keys").update();
        jdbc.sql("DELETE FROM parties").update();
    }

    @Override
    public Optional<Party> find(PartyCode code) {
        return jdbc.sql("SELECT code, name, kind FROM parties WHERE code = ?").param(code.value())
                .query(PostgresParties::party).optional();
    }

    @Override
    public List<Party> all() {
        return jdbc.sql("SELECT code, name, kind FROM parties ORDER BY log_index").query(PostgresParties::party).list();
    }

    @Override
    public Optional<PartyKeys> keys(PartyCode party) {
        List<PartyKey> keys = jdbc.sql(
                        "SELECT verifier_key, valid_from, retired_at FROM party_keys WHERE party = ? ORDER BY valid_from")
                .param(party.value())
                .query((row, n) -> new PartyKey(party, Ed25519NoteVerifier.parse(row.getString(1)),
                        row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()))
                .list();
        return keys.isEmpty() ? Optional.empty() : Optional.of(new PartyKeys(party, keys));
    }

    private static Party party(ResultSet row, int n) throws SQLException {
        return new Party(PartyCode.of(row.getString(1)), row.getString(2),
                PartyKind.valueOf(row.getString(3).toUpperCase(Locale.ROOT)));
    }
}

package org.crossings.server.agreement.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crossings.server.agreement.AgreementEvent.AgreementProposed;
import org.crossings.server.agreement.AgreementEvent.AgreementSigned;
import org.crossings.server.agreement.AgreementEvent.AgreementSuspended;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.agreement.AgreementSignature;
import org.crossings.server.agreement.AgreementTimeline;
import org.crossings.server.agreement.TermsDocument;
import org.crossings.server.journal.Recorded;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.note.KeyId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of the agreements read model: writes per event, and the reads that rebuild memory and the timeline. */
final class AgreementTables {

    /** A stored version before its terms are resolved against parties and places. */
    record StoredVersion(AgreementRef ref, String terms, PartyCode proposer, Instant proposedAt,
                         List<AgreementSignature> signatures, AgreementSuspended suspension) {
    }

    private final JdbcClient jdbc;

    AgreementTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void proposed(AgreementProposed event, Recorded entry) {
        jdbc.sql("""
                INSERT INTO agreement_versions (agreement_id, version, title, terms, proposer, proposed_at,
                                                recorded_at, log_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.agreement().id().value(), event.agreement().version(), event.terms().title(),
                        new String(TermsDocument.canonical(event.terms()), StandardCharsets.UTF_8),
                        event.proposer().value(), time(event.at()), time(entry.envelope().time()), entry.index())
                .update();
    }

    void signed(AgreementSigned event, Recorded entry) {
        AgreementSignature signature = event.signature();
        jdbc.sql("""
                INSERT INTO agreement_signatures (agreement_id, version, party, key_id, signed_at, signature,
                                                  recorded_at, log_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(event.agreement().id().value(), event.agreement().version(), signature.party().value(),
                        signature.keyId().hex(), time(signature.signedAt()), signature.signature(),
                        time(entry.envelope().time()), entry.index())
                .update();
    }

    void inForce(AgreementRef ref, Instant from) {
        jdbc.sql("UPDATE agreement_versions SET in_force_at = ? WHERE agreement_id = ? AND version = ?")
                .params(time(from), ref.id().value(), ref.version()).update();
    }

    void suspended(AgreementSuspended event, Recorded entry) {
        jdbc.sql("""
                UPDATE agreement_versions SET suspended_by = ?, suspended_at = ?, suspension_reason = ?,
                       suspension_recorded_at = ? WHERE agreement_id = ? AND version = ?""")
                .params(event.by().value(), time(event.at()), event.reason(), time(entry.envelope().time()),
                        event.agreement().id().value(), event.agreement().version())
                .update();
    }

    void used(AgreementRef ref) {
        jdbc.sql("UPDATE agreement_versions SET used = used + 1 WHERE agreement_id = ? AND version = ?")
                .params(ref.id().value(), ref.version()).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM agreement_signatures").update();
        jdbc.sql("DELETE FROM agreement_versions").update();
    }

    /** Every stored version, by id then version, with its signatures in the order the log recorded them. */
    List<StoredVersion> versions() {
        Map<AgreementRef, List<AgreementSignature>> signatures = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM agreement_signatures ORDER BY log_index").query((rs, n) -> {
            signatures.computeIfAbsent(ref(rs), r -> new ArrayList<>()).add(new AgreementSignature(
                    PartyCode.of(rs.getString("party")), KeyId.parse(rs.getString("key_id")),
                    instant(rs, "signed_at"), rs.getBytes("signature")));
            return null;
        }).list();
        return jdbc.sql("SELECT * FROM agreement_versions ORDER BY agreement_id, version").query((rs, n) -> {
            AgreementRef ref = ref(rs);
            AgreementSuspended suspension = rs.getString("suspended_by") == null ? null : new AgreementSuspended(
                    ref, PartyCode.of(rs.getString("suspended_by")), rs.getString("suspension_reason"),
                    instant(rs, "suspended_at"));
            return new StoredVersion(ref, rs.getString("terms"), PartyCode.of(rs.getString("proposer")),
                    instant(rs, "proposed_at"), signatures.getOrDefault(ref, List.of()), suspension);
        }).list();
    }

    List<AgreementTimeline> timeline() {
        Map<AgreementRef, List<AgreementTimeline.Step>> steps = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM agreement_timeline ORDER BY agreement_id, version, at, ordinal, party")
                .query((rs, n) -> steps.computeIfAbsent(ref(rs), r -> new ArrayList<>()).add(step(rs))).list();
        return jdbc.sql("SELECT agreement_id, version, title, used FROM agreement_versions "
                        + "ORDER BY agreement_id, version")
                .query((rs, n) -> new AgreementTimeline(ref(rs), rs.getString("title"), rs.getLong("used"),
                        steps.getOrDefault(ref(rs), List.of())))
                .list();
    }

    private static AgreementTimeline.Step step(ResultSet rs) throws SQLException {
        String party = rs.getString("party");
        return new AgreementTimeline.Step(
                AgreementTimeline.Kind.valueOf(rs.getString("step").replace('-', '_').toUpperCase(Locale.ROOT)),
                instant(rs, "at"), party == null ? null : PartyCode.of(party), rs.getString("detail"));
    }

    private static AgreementRef ref(ResultSet rs) throws SQLException {
        return new AgreementRef(AgreementId.of(rs.getString("agreement_id")), rs.getInt("version"));
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}

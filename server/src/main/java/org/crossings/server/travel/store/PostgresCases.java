package org.crossings.server.travel.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeFormat;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.PlaceFacts;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Places;
import org.crossings.server.place.PostCode;
import org.crossings.server.travel.CaseEntry;
import org.crossings.server.travel.Check;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.CaseStatus;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.Step;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.TravellerEvents;
import org.crossings.server.travel.TravellerJson;
import org.crossings.tlog.merkle.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases read model in PostgreSQL, built by applying the log's {@code case/...} entries in order. A case's status
 * follows its envelopes alone; the traveller's data comes from the payloads this node holds (a mirror that is not a
 * recipient has the case without it).
 */
public final class PostgresCases implements Cases, Projection {

    private static final Logger log = LoggerFactory.getLogger(PostgresCases.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CASE_COLUMNS = "reference, status, passage, direction_from, direction_to, decided,"
            + " category, allowed_by, opened_at, waiting_since, data_recipients, document_recipients, traveller";

    private final JdbcClient jdbc;
    private final Places places;

    public PostgresCases(JdbcClient jdbc, Places places) {
        this.jdbc = jdbc;
        this.places = places;
    }

    @Override
    public Optional<TravellerCase> find(CaseReference reference) {
        // The entries first, in a query of their own: read inside the case's row mapper, they took a second pooled
        // connection while the first was still held, and as many concurrent finds as the pool has connections
        // deadlocked it until the pool's timeout (the decisions benchmark found it at 200 decisions/s).
        // Likewise the places, which a cold cache would read on another connection from inside the row mapper.
        List<CaseEntry> entries = entries(reference);
        List<Passage> passages = places.passages();
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM travel_cases WHERE reference = ?")
                .param(reference.value()).query((row, n) -> travellerCase(row, entries, passages)).optional();
    }

    @Override
    public boolean exists(CaseReference reference) {
        return jdbc.sql("SELECT count(*) FROM travel_cases WHERE reference = ?").param(reference.value())
                .query(Long.class).single() > 0;
    }

    @Override
    public Optional<Hash> secretHash(CaseReference reference) {
        return jdbc.sql("SELECT secret_hash FROM travel_cases WHERE reference = ? AND secret_hash IS NOT NULL")
                .param(reference.value()).query((row, n) -> Hash.of(row.getBytes(1))).optional();
    }

    @Override
    public List<TravellerCase> queue(PostCode post, int limit) {
        List<Passage> passages = places.passages();
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM travel_cases WHERE waiting_at = ?"
                        + " ORDER BY waiting_since, reference LIMIT ?")
                .params(post.value(), limit)
                .query((row, n) -> travellerCase(row, List.of(), passages)).list();
    }

    @Override
    public void apply(Recorded entry) {
        Envelope envelope = entry.envelope();
        if (!envelope.subject().kind().equals(TravellerEvents.SUBJECT_KIND) || PlaceFacts.passage(envelope.facts()).isEmpty()
                || PlaceFacts.direction(envelope.facts()).isEmpty()) {
            return;
        }
        EventType type = envelope.type();
        String reference = envelope.subject().id();
        if (type.equals(TravellerEvents.PREREGISTERED) || type.equals(TravellerEvents.TAKEN_IN)
                || type.equals(TravellerEvents.NOT_ELIGIBLE)) {
            traveller(entry, reference);
        } else if (!decided(reference, type, envelope)) {
            return; // not a case's entry, or a decision on a case this log never opened: nothing to apply it to
        }
        jdbc.sql("INSERT INTO travel_case_entries (log_index, reference, type, at, actor, reason, recipients)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?::text[])")
                .params(entry.index(), reference, type.value(), Timestamp.from(envelope.time()),
                        envelope.actor().code(), envelope.text(EnvelopeFormat.REASON).orElse(null),
                        array(PartyCode.parties(envelope.recipients())))
                .update();
    }

    /**
     * An intake opens a case and puts it in the exit post's queue, or continues a case that an old log's
     * {@code traveller.preregistered} entry opened. Such entries are no longer written (a pre-registration stays out
     * of the log until intake), but a logged entry is forever: replayed, it still opens a case in status
     * pre-registered, which the front office can take in as before.
     */
    private void traveller(Recorded entry, String reference) {
        Envelope envelope = entry.envelope();
        Direction direction = PlaceFacts.direction(envelope.facts()).orElseThrow();
        CaseStatus status = envelope.type().equals(TravellerEvents.PREREGISTERED) ? CaseStatus.PREREGISTERED
                : envelope.type().equals(TravellerEvents.TAKEN_IN) ? CaseStatus.AWAITING_EXIT
                : CaseStatus.NOT_ELIGIBLE;
        boolean holdsPayload = traveller(entry.payload()).isPresent();
        Optional<Hash> secretHash = TravellerJson.readSecretHash(entry.payload());
        jdbc.sql("INSERT INTO travel_cases (" + CASE_COLUMNS + ", waiting_at, secret_hash) VALUES (?, ?, ?, ?, ?, 0,"
                        + " ?, ?, ?, ?, ?::text[], ?::text[], ?::jsonb, ?, ?) ON CONFLICT (reference) DO UPDATE SET"
                        + " status = excluded.status, allowed_by = excluded.allowed_by,"
                        + " waiting_since = excluded.waiting_since, waiting_at = excluded.waiting_at,"
                        + " data_recipients = excluded.data_recipients,"
                        + " document_recipients = excluded.document_recipients,"
                        + " traveller = COALESCE(excluded.traveller, travel_cases.traveller),"
                        + " secret_hash = COALESCE(excluded.secret_hash, travel_cases.secret_hash)"
                        + " WHERE travel_cases.status = 'preregistered'") // an intake continues a pre-registration only
                .params(reference, status.json(), PlaceFacts.passage(envelope.facts()).orElseThrow().value(),
                        direction.from().value(), direction.to().value(),
                        envelope.text(EnvelopeFormat.CATEGORY).orElse("unknown"),
                        envelope.text(EnvelopeFormat.ALLOWED_BY).orElse(null),
                        Timestamp.from(envelope.time()),
                        status == CaseStatus.AWAITING_EXIT ? Timestamp.from(envelope.time()) : null,
                        array(partRecipients(envelope, TravellerJson.IDENTITY)),
                        array(partRecipients(envelope, TravellerJson.TRAVEL_DOCUMENT)),
                        holdsPayload ? travellerJson(entry.payload()) : null,
                        status == CaseStatus.AWAITING_EXIT ? direction.from().value() : null,
                        secretHash.map(Hash::bytes).orElse(null))
                .update();
    }

    /**
     * Applies a decision; false if {@code type} is none, or the case is unknown. Letting the traveller through moves
     * the case to its next check (the entry at the post reached, or on a route the next border); a refusal, or the
     * last admission, closes it. A decision the case does not wait for, or by a party that is not the state of the
     * check it waits for, is not applied: this node's writer never records one, and a mirror must not take one from
     * another's log.
     */
    private boolean decided(String reference, EventType type, Envelope envelope) {
        Step step = type.equals(TravellerEvents.EXIT_ALLOWED) || type.equals(TravellerEvents.EXIT_REFUSED) ? Step.EXIT
                : type.equals(TravellerEvents.ADMITTED) || type.equals(TravellerEvents.ADMITTED_IN_TRANSIT)
                        || type.equals(TravellerEvents.ENTRY_REFUSED) ? Step.ENTRY : null;
        if (step == null) {
            return false;
        }
        Optional<Integer> decided = jdbc.sql("SELECT decided FROM travel_cases WHERE reference = ?"
                        + " AND status IN ('awaiting-exit', 'awaiting-entry')")
                .param(reference).query(Integer.class).optional();
        List<Check> checks = Check.along(passage(PlaceFacts.passage(envelope.facts()).orElseThrow().value(),
                places.passages()), PlaceFacts.direction(envelope.facts()).orElseThrow());
        Check pending = decided.filter(d -> d < checks.size()).map(checks::get).orElse(null);
        if (pending == null || pending.step() != step || !pending.state().equals(PartyCode.of(envelope.actor()))) {
            log.warn("Log entry of case {}: {} by {} is not the decision the case waits for; not applied", reference,
                    type, envelope.actor());
            return false;
        }
        if (type.equals(TravellerEvents.EXIT_REFUSED) || type.equals(TravellerEvents.ENTRY_REFUSED)) {
            return update(reference, step == Step.EXIT ? CaseStatus.EXIT_REFUSED : CaseStatus.ENTRY_REFUSED, null,
                    null, 0);
        }
        if (decided.get() + 1 == checks.size()) {
            return update(reference, CaseStatus.ADMITTED, null, null, 1);
        }
        Check next = checks.get(decided.get() + 1);
        return update(reference, next.step() == Step.EXIT ? CaseStatus.AWAITING_EXIT : CaseStatus.AWAITING_ENTRY,
                next.post(), envelope.time(), 1);
    }

    private boolean update(String reference, CaseStatus status, PostCode waitingAt, Instant since, int passed) {
        return jdbc.sql("UPDATE travel_cases SET status = ?, waiting_at = ?, waiting_since = ?, decided = decided + ?"
                        + " WHERE reference = ?")
                .params(status.json(), waitingAt == null ? null : waitingAt.value(),
                        since == null ? null : Timestamp.from(since), passed, reference)
                .update() == 1;
    }

    @Override
    public void reset() {
        jdbc.sql("TRUNCATE travel_case_entries, travel_cases").update();
    }

    private static Passage passage(String id, List<Passage> passages) {
        return passages.stream().filter(p -> p.id().value().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("passage " + id + " is not registered"));
    }

    /** The traveller a payload holds; none if it holds none, or one this version cannot read (it is kept). */
    private static Optional<TravellerCase.Traveller> traveller(JsonNode payload) {
        try {
            return TravellerJson.readTraveller(payload);
        } catch (RuntimeException unreadable) {
            log.warn("A traveller's payload cannot be read ({}); the case is kept without it", unreadable.getMessage());
            return Optional.empty();
        }
    }

    private List<CaseEntry> entries(CaseReference reference) {
        return jdbc.sql("SELECT log_index, type, at, actor, reason, recipients FROM travel_case_entries"
                        + " WHERE reference = ? ORDER BY log_index")
                .param(reference.value())
                .query((row, n) -> new CaseEntry(row.getLong(1), EventType.of(row.getString(2)),
                        row.getTimestamp(3).toInstant(), PartyCode.of(row.getString(4)),
                        Optional.ofNullable(row.getString(5)), parties(row.getArray(6))))
                .list();
    }

    private static TravellerCase travellerCase(ResultSet row, List<CaseEntry> entries, List<Passage> passages)
            throws SQLException {
        Timestamp since = row.getTimestamp("waiting_since");
        String allowedBy = row.getString("allowed_by");
        String traveller = row.getString("traveller");
        Direction direction = Direction.of(row.getString("direction_from"), row.getString("direction_to"));
        Passage passage = passage(row.getString("passage"), passages);
        List<Check> checks = Check.along(passage, direction);
        return new TravellerCase(CaseReference.of(row.getString("reference")),
                CaseStatus.fromJson(row.getString("status")), passage.id(), direction,
                checks, row.getInt("decided"), row.getString("category"), Optional.ofNullable(allowedBy).map(AgreementRef::parse),
                row.getTimestamp("opened_at").toInstant(),
                Optional.ofNullable(since).map(Timestamp::toInstant), parties(row.getArray("data_recipients")),
                parties(row.getArray("document_recipients")),
                traveller == null ? Optional.empty() : traveller(JSON.readTree(traveller)), entries);
    }

    /**
     * The recipients of one part of a traveller's entry: its own in a version 2 envelope, the whole payload's in a
     * version 1 envelope (one payload for everything), and none where the entry has no such part.
     */
    private static Set<PartyCode> partRecipients(Envelope envelope, String part) {
        return envelope.parts().stream().filter(p -> p.name().equals(part) || p.name().equals(Envelope.WHOLE))
                .findFirst().<Set<PartyCode>>map(p -> PartyCode.parties(p.recipients())).orElse(Set.of());
    }

    private static String travellerJson(JsonNode payload) {
        var node = JSON.createObjectNode();
        node.set("mrz", payload.get("mrz"));
        node.set("purpose", payload.get("purpose"));
        if (payload.has("travelDate")) {
            node.set("travelDate", payload.get("travelDate"));
        }
        return node.toString();
    }

    private static Set<PartyCode> parties(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(PartyCode::of).collect(Collectors.toSet());
    }

    private static String array(Set<PartyCode> parties) {
        return parties.stream().map(PartyCode::value).collect(Collectors.joining(",", "{", "}"));
    }
}

package org.crossings.server.travel.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossings.server.agreement.AgreementRef;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.server.party.PartyCode;
import org.crossings.server.place.PlaceFacts;
import org.crossings.server.place.Direction;
import org.crossings.server.place.Passage;
import org.crossings.server.place.Places;
import org.crossings.server.place.PostCode;
import org.crossings.server.travel.CaseChange;
import org.crossings.server.travel.CaseEntry;
import org.crossings.server.travel.CaseEvent;
import org.crossings.server.travel.CaseEventJson;
import org.crossings.server.travel.CaseEventType;
import org.crossings.server.travel.Check;
import org.crossings.server.travel.CaseReference;
import org.crossings.server.travel.CaseStatus;
import org.crossings.server.travel.Cases;
import org.crossings.server.travel.TravellerCase;
import org.crossings.server.travel.TravellerJson;
import org.crossings.tlog.merkle.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cases read model in PostgreSQL, built by applying the log's {@code case/...} entries in order: a thin adapter
 * that reads each entry as a {@link CaseEvent} ({@link CaseEventJson}), asks the model what it does to the case
 * ({@link TravellerCase#replay}) and saves the case the model computed. A case's status follows its envelopes alone;
 * the traveller's data comes from the payloads this node holds (a mirror that is not a recipient has the case without
 * it).
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

    /**
     * The case with its entries in one query (the entries aggregated into one JSON array), so that a decision reads
     * its case in one round trip. The places are read first: a cold cache reads them on another pooled connection,
     * which must not happen while this query's is held (the decisions benchmark deadlocked the pool so).
     */
    @Override
    public Optional<TravellerCase> find(CaseReference reference) {
        List<Passage> passages = places.passages();
        return jdbc.sql("SELECT " + CASE_COLUMNS + ", (SELECT json_agg(json_build_array(e.log_index, e.type,"
                        + " e.at, e.actor, e.reason, e.recipients) ORDER BY e.log_index) FROM travel_case_entries e"
                        + " WHERE e.reference = c.reference) AS entries FROM travel_cases c WHERE c.reference = ?")
                .param(reference.value())
                .query((row, n) -> travellerCase(row, entries(row.getString("entries")), passages, true))
                .optional();
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
                .query((row, n) -> travellerCase(row, List.of(), passages, true)).list();
    }

    /**
     * Applies a case's entry as the model says ({@link TravellerCase#replay}): the case it opens, or the case moved
     * on, saved; an entry the case does not allow is not applied (logged: this node's writer never records one).
     */
    @Override
    public void apply(Recorded entry) {
        Optional<CaseEvent> read = CaseEventJson.read(entry, places::passage);
        if (read.isEmpty()) {
            return; // not a case's entry
        }
        CaseEvent event = read.get();
        boolean opening = event instanceof CaseEvent.Opening;
        Optional<TravellerCase> before = state(event.reference(), opening);
        switch (TravellerCase.replay(before, event)) {
            case CaseChange.Applied applied -> {
                save(before.isPresent(), applied.after(), event);
                list(event);
            }
            case CaseChange.Noted noted -> list(event);
            case CaseChange.NotApplied refused -> log.warn("Log entry {} of case {}: {}; not applied", entry.index(),
                    refused.reference(), refused.why());
        }
    }

    /** The case as it stands before an entry; its traveller only for an intake, which may carry theirs over. */
    private Optional<TravellerCase> state(CaseReference reference, boolean withTraveller) {
        List<Passage> passages = places.passages();
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM travel_cases WHERE reference = ?")
                .param(reference.value())
                .query((row, n) -> travellerCase(row, List.of(), passages, withTraveller)).optional();
    }

    private void save(boolean known, TravellerCase after, CaseEvent event) {
        if (!known) {
            insert(after, event);
        } else if (event instanceof CaseEvent.Opening opening) {
            jdbc.sql("UPDATE travel_cases SET status = ?, allowed_by = ?, waiting_since = ?, waiting_at = ?,"
                            + " data_recipients = ?::text[], document_recipients = ?::text[], traveller = ?::jsonb,"
                            + " secret_hash = COALESCE(?, secret_hash) WHERE reference = ?")
                    .params(after.status().json(), allowedBy(after), since(after), waitingAt(after),
                            array(after.dataRecipients()), array(after.documentRecipients()), travellerJson(after),
                            secretHash(opening), after.reference().value())
                    .update();
        } else {
            jdbc.sql("UPDATE travel_cases SET status = ?, decided = ?, waiting_at = ?, waiting_since = ?"
                            + " WHERE reference = ?")
                    .params(after.status().json(), after.decided(), waitingAt(after), since(after),
                            after.reference().value())
                    .update();
        }
    }

    private void insert(TravellerCase opened, CaseEvent event) {
        jdbc.sql("INSERT INTO travel_cases (" + CASE_COLUMNS + ", waiting_at, secret_hash) VALUES (?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?::text[], ?::text[], ?::jsonb, ?, ?)")
                .params(opened.reference().value(), opened.status().json(), opened.passage().value(),
                        opened.direction().from().value(), opened.direction().to().value(), opened.decided(),
                        opened.category(), allowedBy(opened), Timestamp.from(opened.openedAt()), since(opened),
                        array(opened.dataRecipients()), array(opened.documentRecipients()), travellerJson(opened),
                        waitingAt(opened), event instanceof CaseEvent.Opening opening ? secretHash(opening) : null)
                .update();
    }

    /** Lists the entry with its case. */
    private void list(CaseEvent event) {
        CaseEntry entry = event.entry();
        jdbc.sql("INSERT INTO travel_case_entries (log_index, reference, type, at, actor, reason, recipients)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?::text[])")
                .params(entry.index(), event.reference().value(), entry.type().type().value(),
                        Timestamp.from(entry.time()), entry.actor().value(), entry.reason().orElse(null),
                        array(entry.recipients()))
                .update();
    }

    private static String allowedBy(TravellerCase travellerCase) {
        return travellerCase.allowedBy().map(AgreementRef::toString).orElse(null);
    }

    private static Timestamp since(TravellerCase travellerCase) {
        return travellerCase.waitingSince().map(Timestamp::from).orElse(null);
    }

    private static String waitingAt(TravellerCase travellerCase) {
        return travellerCase.waitingAt().map(PostCode::value).orElse(null);
    }

    private static String travellerJson(TravellerCase travellerCase) {
        return travellerCase.traveller().map(TravellerJson::traveller).orElse(null);
    }

    private static byte[] secretHash(CaseEvent.Opening opening) {
        return opening.opening().secretHash().map(Hash::bytes).orElse(null);
    }

    @Override
    public void reset() {
        jdbc.sql("TRUNCATE travel_case_entries, travel_cases").update();
    }

    private static Passage passage(String id, List<Passage> passages) {
        return passages.stream().filter(p -> p.id().value().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("passage " + id + " is not registered"));
    }

    /** A case's entries from their JSON aggregate: {@code [[log_index, type, at, actor, reason, recipients], ...]}. */
    private static List<CaseEntry> entries(String aggregated) {
        if (aggregated == null) {
            return List.of();
        }
        List<CaseEntry> entries = new java.util.ArrayList<>();
        for (var entry : JSON.readTree(aggregated)) {
            Set<PartyCode> recipients = new java.util.HashSet<>();
            entry.get(5).forEach(party -> recipients.add(PartyCode.of(party.asString())));
            entries.add(new CaseEntry(entry.get(0).asLong(), type(entry.get(1).asString()),
                    java.time.OffsetDateTime.parse(entry.get(2).asString()).toInstant(),
                    PartyCode.of(entry.get(3).asString()),
                    entry.get(4).isNull() ? Optional.empty() : Optional.of(entry.get(4).asString()), recipients));
        }
        return entries;
    }

    private static CaseEventType type(String stored) {
        return CaseEventType.of(EventType.of(stored)).orElseThrow(() -> new IllegalStateException("case entry type "
                + stored + " is no case event"));
    }

    private static TravellerCase travellerCase(ResultSet row, List<CaseEntry> entries, List<Passage> passages,
            boolean withTraveller) throws SQLException {
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
                traveller == null || !withTraveller ? Optional.empty()
                        : TravellerJson.readableTraveller(JSON.readTree(traveller)), entries);
    }

    private static Set<PartyCode> parties(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(PartyCode::of).collect(Collectors.toSet());
    }

    /** The parties in their order, as the envelope lists them, so a rebuild stores the very same arrays. */
    private static String array(Set<PartyCode> parties) {
        return parties.stream().map(PartyCode::value).sorted().collect(Collectors.joining(",", "{", "}"));
    }
}

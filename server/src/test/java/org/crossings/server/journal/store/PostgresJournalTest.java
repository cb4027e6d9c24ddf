package org.crossings.server.journal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.crossings.server.journal.CanonicalJson;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.Event;
import org.crossings.server.journal.EventType;
import org.crossings.server.journal.Projection;
import org.crossings.server.journal.Recorded;
import org.crossings.server.journal.Subject;
import org.crossings.server.party.PartyCode;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.log.LogWriterConfig;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.storage.EmbeddedLogDatabase;
import org.crossings.tlog.storage.PostgresLogStorage;
import org.crossings.server.database.Migrations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PostgresJournalTest {

    private static final PartyCode ARM = PartyCode.of("ARM");
    private static final PartyCode TUR = PartyCode.of("TUR");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static EmbeddedLogDatabase postgres;

    @TempDir
    Path keys;
    private JdbcClient jdbc;
    private LogWriter writer;
    private FilePartySigners signers;
    private PostgresJournal journal;
    private PostgresLogStorage storage;

    @BeforeAll
    static void startPostgres() {
        postgres = new EmbeddedLogDatabase();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void startJournal() {
        DataSource database = postgres.freshDatabase();
        Migrations.apply(database);
        jdbc = JdbcClient.create(database);
        jdbc.sql("CREATE TABLE seen (index bigint PRIMARY KEY, subject text, type text, payload text)").update();
        storage = new PostgresLogStorage(database);
        writer = LogWriter.start(storage, Ed25519NoteSigner.generate("test/log"),
                LogWriterConfig.defaults("test/log").withCheckpointInterval(Duration.ofMinutes(1)));
        signers = new FilePartySigners(keys, Set.of(ARM.signatory(), TUR.signatory()));
        journal = PostgresJournal.start(writer, storage, jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(database)), List.of(new Seen(jdbc)),
                org.crossings.server.journal.EnvelopeSignatures.unchecked(),
                signers, java.time.Clock.systemUTC());
    }

    @AfterEach
    void stopJournal() {
        journal.close();
        writer.close();
    }

    @Test
    void a_recorded_event_is_an_envelope_in_the_log_signed_by_the_acting_party_and_applied_once() {
        Recorded recorded = journal.record(event(ARM, "agreement.proposed", "first"));

        Envelope inLog = EnvelopeJson.parse(storage.entries(recorded.index(), 1).getFirst());
        assertThat(inLog).isEqualTo(recorded.envelope());
        assertThat(inLog.actor()).isEqualTo(ARM.signatory());
        assertThat(signers.key(ARM.signatory()).verifier().verify(EnvelopeJson.signedBytes(inLog), inLog.signature())).isTrue();
        assertThat(signers.key(TUR.signatory()).verifier().verify(EnvelopeJson.signedBytes(inLog), inLog.signature())).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM seen WHERE index = ?").param(recorded.index())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_payload_is_kept_beside_the_log_under_its_salted_digest_and_the_envelope_holds_only_the_digest() {
        Recorded recorded = journal.record(event(TUR, "agreement.signed", "Ayşe Yılmaz"));

        byte[] entry = storage.entries(recorded.index(), 1).getFirst();
        assertThat(new String(entry, StandardCharsets.UTF_8)).doesNotContain("Ayşe");
        var row = jdbc.sql("SELECT salt, payload FROM journal_payloads WHERE digest = ?")
                .param(recorded.envelope().parts().getFirst().digest().bytes())
                .query((rs, n) -> List.of(rs.getBytes(1), rs.getBytes(2))).single();
        assertThat(Payloads.digest(row.get(0), row.get(1))).isEqualTo(recorded.envelope().parts().getFirst().digest());
        assertThat(row.get(1)).isEqualTo(CanonicalJson.bytes(recorded.payload()));
    }

    @Test
    void rebuilding_drops_the_read_models_and_replays_the_log_into_the_same_state() {
        journal.record(event(ARM, "agreement.proposed", "one"));
        writer.append("not an envelope".getBytes(StandardCharsets.UTF_8)).join();
        journal.record(event(TUR, "agreement.signed", "two"));
        journal.record(event(ARM, "agreement.signed", "three"));
        List<String> before = seen();

        journal.rebuild();

        assertThat(seen()).hasSize(3).isEqualTo(before);
    }

    @Test
    void read_models_that_failed_to_apply_an_entry_resume_by_themselves_and_apply_each_entry_once()
            throws InterruptedException {
        Seen.REFUSE.set(true);
        try {
            assertThatThrownBy(() -> journal.record(event(ARM, "agreement.proposed", "while away")))
                    .as("the entry is durable: acknowledged as recorded, not applied yet")
                    .isInstanceOf(org.crossings.server.journal.RecordedNotApplied.class);
            assertThat(journal.status().stopped()).hasValueSatisfying(why -> assertThat(why).contains("away"));
            assertThat(journal.findings(0, 10)).as("a database away is no bad entry").isEmpty();
        } finally {
            Seen.REFUSE.set(false);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (seen().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }

        journal.record(event(TUR, "agreement.signed", "back"));

        assertThat(seen()).hasSize(2).anySatisfy(row -> assertThat(row).contains("while away"));
    }

    @Test
    void an_entry_a_read_model_refuses_is_set_aside_with_a_finding_and_the_next_entry_is_applied() {
        journal.record(event(ARM, "agreement.proposed", "before"));
        Recorded poison = journal.record(event(ARM, "agreement.signed", "poison"));
        journal.record(event(TUR, "agreement.signed", "after"));

        assertThat(seen()).hasSize(2).noneSatisfy(row -> assertThat(row).contains("poison"));
        assertThat(journal.findings(0, 10)).singleElement().satisfies(finding -> {
            assertThat(finding.index()).isEqualTo(poison.index());
            assertThat(finding.projection()).isEqualTo("Seen");
            assertThat(finding.reason()).contains("cannot take a poison note");
        });
        assertThat(journal.status().lag()).isZero();
        assertThat(journal.status().stopped()).isEmpty();
    }

    @Test
    void the_journal_refuses_before_signing_text_that_no_node_could_store() {
        assertThatThrownBy(() -> event(ARM, "agreement.proposed", "a\u0000b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payload.note")
                .hasMessageContaining("U+0000");
        assertThatThrownBy(() -> event(ARM, "agreement.proposed", "half \uD800 a pair"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unpaired surrogate");
        assertThat(writer.size()).isZero();
    }

    @Test
    void a_node_acts_only_for_the_parties_whose_keys_it_holds() {
        assertThatThrownBy(() -> journal.record(event(PartyCode.of("AZE"), "agreement.signed", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AZE");
        assertThat(writer.size()).isZero();
    }

    private List<String> seen() {
        return jdbc.sql("SELECT index || ' ' || subject || ' ' || type || ' ' || payload FROM seen ORDER BY index")
                .query(String.class).list();
    }

    private static Event event(PartyCode actor, String type, String note) {
        ObjectNode payload = JSON.createObjectNode().put("note", note);
        return Event.of(EventType.of(type), new Subject("agreement", "ARM-TUR-TEST"), actor.signatory(),
                Set.of(ARM.signatory(), TUR.signatory()),
                payload);
    }

    /** A read model of every entry: index, subject, type and payload. */
    private record Seen(JdbcClient jdbc) implements Projection {
        /** While set, applying fails, as a read model whose database went away would. */
        static final java.util.concurrent.atomic.AtomicBoolean REFUSE = new java.util.concurrent.atomic.AtomicBoolean();

        @Override
        public void apply(Recorded entry) {
            if (REFUSE.get()) {
                throw new org.springframework.dao.DataAccessResourceFailureException("the read model's database is away");
            }
            if (entry.payload().path("note").asString("").equals("poison")) {
                throw new IllegalArgumentException("this read model cannot take a poison note");
            }
            jdbc.sql("INSERT INTO seen VALUES (?, ?, ?, ?)")
                    .params(entry.index(), entry.envelope().subject().toString(), entry.envelope().type().value(),
                            entry.payload().toString())
                    .update();
        }

        @Override
        public void reset() {
            jdbc.sql("DELETE FROM seen").update();
        }
    }
}

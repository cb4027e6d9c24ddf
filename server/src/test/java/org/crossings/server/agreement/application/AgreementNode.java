package org.crossings.server.agreement.application;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.agreement.store.PostgresAgreements;
import org.crossings.server.database.Migrations;
import org.crossings.server.journal.store.FilePartySigners;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.PartyKey;
import org.crossings.server.party.PartyKeys;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.log.LogWriterConfig;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.storage.EmbeddedLogDatabase;
import org.crossings.tlog.storage.PostgresLogStorage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test fixture: one node without Spring, as production wires it: a fresh database, the log, the journal with the
 * agreements read model as its projection, the demo world's parties and places, and every use case. The node holds
 * keys for every demo party; their keyrings hold those keys.
 */
public final class AgreementNode implements AutoCloseable {

    public static final List<String> PARTIES = List.of("ARM", "TUR", "AZE", "OPERATOR", "EU", "USA");

    public final JdbcClient jdbc;
    public final LogWriter writer;
    public final PostgresLogStorage storage;
    public final FilePartySigners signers;
    public final PostgresJournal journal;
    public final PostgresAgreements agreements;
    public final ProposingAgreement proposing;
    public final AmendingAgreement amending;
    public final SigningAgreement signing;
    public final SuspendingAgreement suspending;
    public final CheckingEligibility checking;

    public AgreementNode(EmbeddedLogDatabase postgres, Path keys) {
        DataSource database = postgres.freshDatabase();
        Migrations.apply(database);
        jdbc = JdbcClient.create(database);
        storage = new PostgresLogStorage(database);
        writer = LogWriter.start(storage, Ed25519NoteSigner.generate("test/log"),
                LogWriterConfig.defaults("test/log").withCheckpointInterval(Duration.ofMinutes(1)));
        signers = new FilePartySigners(keys, PARTIES.stream().map(PartyCode::of).map(PartyCode::signatory).collect(Collectors.toSet()));
        DemoWorld world = DemoWorld.load();
        agreements = new PostgresAgreements(jdbc, world.parties(), world.places());
        Clock clock = Clock.systemUTC();
        journal = PostgresJournal.start(writer, storage, jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(database)), List.of(agreements),
                org.crossings.server.journal.EnvelopeSignatures.unchecked(), signers,
                clock);
        proposing = new ProposingAgreement(journal, agreements, world.parties(), world.places(), clock);
        amending = new AmendingAgreement(journal, agreements, world.parties(), world.places(), clock);
        signing = new SigningAgreement(journal, agreements, keyrings(), signers, clock);
        suspending = new SuspendingAgreement(journal, agreements, clock);
        checking = new CheckingEligibility(agreements);
    }

    /** The keys this node holds, as the parties' keyrings. */
    public Keyrings keyrings() {
        return party -> PARTIES.contains(party.value())
                ? Optional.of(PartyKeys.of(PartyKey.active(party, signers.key(party.signatory()).verifier(), Instant.EPOCH)))
                : Optional.empty();
    }

    public org.crossings.server.journal.Envelope envelope(long index) {
        return org.crossings.server.journal.EnvelopeJson.parse(storage.entries(index, 1).getFirst());
    }

    public long logSize() {
        return writer.size();
    }

    /** The read model's tables as text, row by row, for comparing before and after a rebuild. */
    public List<String> dump() {
        List<String> rows = new java.util.ArrayList<>(jdbc.sql(
                "SELECT row_to_json(v)::text FROM agreement_versions v ORDER BY agreement_id, version")
                .query(String.class).list());
        rows.addAll(jdbc.sql("SELECT row_to_json(s)::text FROM agreement_signatures s ORDER BY log_index")
                .query(String.class).list());
        return rows;
    }

    @Override
    public void close() {
        journal.close();
        writer.close();
    }

}

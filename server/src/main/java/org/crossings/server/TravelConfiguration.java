package org.crossings.server;

import java.time.Clock;
import javax.sql.DataSource;
import org.crossings.server.agreement.store.PostgresAgreements;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.PrivatePayloads;
import org.crossings.server.journal.Receipts;
import org.crossings.server.journal.store.LogReceipts;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.server.place.store.PostgresPlaces;
import org.crossings.server.travel.application.DecidingCrossing;
import org.crossings.server.travel.application.Preregistering;
import org.crossings.server.travel.application.TakingIn;
import org.crossings.server.travel.store.PostgresCases;
import org.crossings.tlog.log.LogReads;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.storage.LogStorage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What travellers' cases are built from: the cases read model (a projection of the log), the use cases on the
 * journal, and the log's receipts and private payloads that the routes serve.
 */
@Configuration(proxyBeanMethods = false)
class TravelConfiguration {

    @Bean
    PostgresCases cases(DataSource dataSource, PostgresPlaces places) {
        return new PostgresCases(JdbcClient.create(dataSource), places);
    }

    @Bean
    Preregistering preregistering(Journal journal, PostgresCases cases, PostgresPlaces places,
            PostgresAgreements agreements, Clock clock) {
        return new Preregistering(journal, cases, places, agreements, clock);
    }

    @Bean
    TakingIn takingIn(Journal journal, PostgresCases cases, PostgresPlaces places, PostgresAgreements agreements,
            Clock clock) {
        return new TakingIn(journal, cases, places, agreements, clock);
    }

    @Bean
    DecidingCrossing decidingCrossing(Journal journal, PostgresCases cases, PostgresPlaces places,
            PostgresAgreements agreements) {
        return new DecidingCrossing(journal, cases, places, agreements);
    }

    @Bean
    Receipts receipts(LogReads reads, LogStorage storage, Ed25519NoteSigner logSigner) {
        return new LogReceipts(reads, storage, logSigner.verifier());
    }

    @Bean
    PrivatePayloads privatePayloads(PostgresJournal journal) {
        return journal.payloads();
    }
}

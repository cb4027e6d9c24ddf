package org.crossings.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import javax.sql.DataSource;
import org.crossings.server.agreement.store.PostgresAgreements;
import org.crossings.server.journal.Envelope;
import org.crossings.server.journal.EnvelopeJson;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.PrivatePayloads;
import org.crossings.server.journal.Receipts;
import org.crossings.server.journal.store.LogReceipts;
import org.crossings.server.journal.store.PostgresJournal;
import org.crossings.server.place.store.PostgresPlaces;
import org.crossings.server.stats.TravelEnvelopes;
import org.crossings.server.travel.application.DecidingCrossing;
import org.crossings.server.travel.application.Preregistering;
import org.crossings.server.travel.application.TakingIn;
import org.crossings.server.travel.PreregistrationRules;
import org.crossings.server.travel.store.PostgresCases;
import org.crossings.server.travel.store.PostgresPreregistrations;
import org.crossings.tlog.log.LogReads;
import org.crossings.tlog.log.LogWriter;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.storage.LogStorage;
import org.crossings.tlog.tiles.TileLayout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What travellers' cases are built from: the cases read model (a projection of the log), the pre-registrations kept
 * apart from it, the use cases on the journal, the log's receipts and private payloads that the routes serve, and the envelopes statistics count.
 */
@Configuration(proxyBeanMethods = false)
class TravelConfiguration {

    @Bean
    PostgresCases cases(DataSource dataSource, PostgresPlaces places) {
        return new PostgresCases(JdbcClient.create(dataSource), places);
    }

    /** Pre-registrations, kept apart from the log until intake; never replayed, so a rebuild leaves them be. */
    @Bean
    PostgresPreregistrations preregistrations(DataSource dataSource) {
        return new PostgresPreregistrations(JdbcClient.create(dataSource));
    }

    /** How far ahead a traveller may pre-register, and how long after the day of travel it is kept. */
    @Bean
    PreregistrationRules preregistrationRules(@Value("${crossings.preregistration.horizon:P1Y}") Period horizon,
            @Value("${crossings.preregistration.kept-for:P3D}") Duration keptFor) {
        return new PreregistrationRules(horizon, keptFor);
    }

    @Bean
    Preregistering preregistering(PostgresPreregistrations preregistrations, Journal journal, PostgresCases cases,
            PostgresPlaces places, PostgresAgreements agreements, PreregistrationRules rules, Clock clock) {
        return new Preregistering(preregistrations, journal, cases, places, agreements, rules, clock);
    }

    @Bean
    TakingIn takingIn(Journal journal, PostgresCases cases, PostgresPreregistrations preregistrations,
            PostgresPlaces places, PostgresAgreements agreements, Clock clock) {
        return new TakingIn(journal, cases, preregistrations, places, agreements, clock);
    }

    @Bean
    DecidingCrossing decidingCrossing(Journal journal, PostgresCases cases, PostgresPlaces places,
            PostgresAgreements agreements, Clock clock) {
        return new DecidingCrossing(journal, cases, places, agreements, clock);
    }

    @Bean
    Receipts receipts(LogReads reads, LogStorage storage, Ed25519NoteSigner logSigner) {
        return new LogReceipts(reads, storage, logSigner.verifier());
    }

    /**
     * Every envelope of the committed log, in log order, read an entry bundle (256 entries) at a time; an entry that is
     * not an envelope (another writer's) is skipped, as the projector skips it.
     */
    @Bean
    TravelEnvelopes travelEnvelopes(LogWriter writer, LogStorage storage) {
        return each -> {
            long size = writer.size();
            for (long start = 0; start < size; start += TileLayout.WIDTH) {
                for (byte[] entry : storage.entries(start, (int) Math.min(TileLayout.WIDTH, size - start))) {
                    envelope(entry).ifPresent(each);
                }
            }
        };
    }

    private static java.util.Optional<Envelope> envelope(byte[] entry) {
        try {
            return java.util.Optional.of(EnvelopeJson.parse(entry));
        } catch (IllegalArgumentException notAnEnvelope) {
            return java.util.Optional.empty();
        }
    }

    @Bean
    PrivatePayloads privatePayloads(PostgresJournal journal) {
        return journal.payloads();
    }
}

package org.crossings.server;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.crossings.server.agreement.AgreementId;
import org.crossings.server.agreement.application.AmendingAgreement;
import org.crossings.server.agreement.application.CheckingEligibility;
import org.crossings.server.agreement.application.ProposingAgreement;
import org.crossings.server.agreement.application.SigningAgreement;
import org.crossings.server.agreement.application.SuspendingAgreement;
import org.crossings.server.agreement.store.PostgresAgreements;
import org.crossings.server.http.AgreementParties;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.party.Party;
import org.crossings.server.party.store.PostgresParties;
import org.crossings.server.place.store.PostgresPlaces;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What agreements are built from: the read model (a projection of the log, and the {@code Agreements} port), the use
 * cases on the journal, and what the access rules need to know of agreements.
 */
@Configuration(proxyBeanMethods = false)
class AgreementConfiguration {

    @Bean
    PostgresAgreements agreements(DataSource dataSource, PostgresParties parties, PostgresPlaces places) {
        return new PostgresAgreements(JdbcClient.create(dataSource), parties, places);
    }

    @Bean
    ProposingAgreement proposingAgreement(Journal journal, PostgresAgreements agreements, PostgresParties parties,
            PostgresPlaces places, Clock clock) {
        return new ProposingAgreement(journal, agreements, parties, places, clock);
    }

    @Bean
    AmendingAgreement amendingAgreement(Journal journal, PostgresAgreements agreements, PostgresParties parties,
            PostgresPlaces places, Clock clock) {
        return new AmendingAgreement(journal, agreements, parties, places, clock);
    }

    @Bean
    SigningAgreement signingAgreement(Journal journal, PostgresAgreements agreements, PostgresParties keyrings,
            PartySigners signers, Clock clock) {
        return new SigningAgreement(journal, agreements, keyrings, signers, clock);
    }

    @Bean
    SuspendingAgreement suspendingAgreement(Journal journal, PostgresAgreements agreements, Clock clock) {
        return new SuspendingAgreement(journal, agreements, clock);
    }

    @Bean
    CheckingEligibility checkingEligibility(PostgresAgreements agreements) {
        return new CheckingEligibility(agreements);
    }

    /** For rules such as "an agreement signatory of a party to agreement X": none for an unknown or malformed id. */
    @Bean
    AgreementParties agreementParties(PostgresAgreements agreements) {
        return id -> {
            try {
                return agreements.latest(AgreementId.of(id))
                        .map(agreement -> agreement.terms().parties().stream().map(Party::code)
                                .collect(Collectors.toSet()))
                        .orElse(Set.of());
            } catch (IllegalArgumentException malformed) {
                return Set.of();
            }
        };
    }
}

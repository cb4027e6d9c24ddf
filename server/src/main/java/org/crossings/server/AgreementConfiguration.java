package org.crossings.server;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.crossings.server.agreement.DemoWorld;
import org.crossings.server.agreement.application.AmendingAgreement;
import org.crossings.server.agreement.application.CheckingEligibility;
import org.crossings.server.agreement.application.ProposingAgreement;
import org.crossings.server.agreement.application.SigningAgreement;
import org.crossings.server.agreement.application.SuspendingAgreement;
import org.crossings.server.agreement.store.PostgresAgreements;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.store.FilePartySigners;
import org.crossings.server.party.Keyrings;
import org.crossings.server.party.Parties;
import org.crossings.server.party.PartyKey;
import org.crossings.server.party.PartyKeys;
import org.crossings.server.place.Places;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What agreements are built from: the read model (a projection of the log, and the {@code Agreements} port) and the
 * use cases on the journal.
 *
 * <p>Until parties and places are registered in the log, parties, places and keyrings fall back to the demo world
 * and to the keys this node holds; once beans of those ports exist, they are used instead.
 */
@Configuration(proxyBeanMethods = false)
class AgreementConfiguration {

    private record Fallback(Parties parties, Places places) {
        static final Fallback DEMO = demo();

        private static Fallback demo() {
            DemoWorld world = DemoWorld.load();
            return new Fallback(world.parties(), world.places());
        }
    }

    @Bean
    PostgresAgreements agreements(DataSource dataSource, ObjectProvider<Parties> parties,
            ObjectProvider<Places> places) {
        return new PostgresAgreements(JdbcClient.create(dataSource), parties(parties), places(places));
    }

    @Bean
    ProposingAgreement proposingAgreement(Journal journal, PostgresAgreements agreements,
            ObjectProvider<Parties> parties, ObjectProvider<Places> places, Clock clock) {
        return new ProposingAgreement(journal, agreements, parties(parties), places(places), clock);
    }

    @Bean
    AmendingAgreement amendingAgreement(Journal journal, PostgresAgreements agreements,
            ObjectProvider<Parties> parties, ObjectProvider<Places> places, Clock clock) {
        return new AmendingAgreement(journal, agreements, parties(parties), places(places), clock);
    }

    @Bean
    SigningAgreement signingAgreement(Journal journal, PostgresAgreements agreements,
            ObjectProvider<Keyrings> keyrings, FilePartySigners signers, Clock clock) {
        return new SigningAgreement(journal, agreements, keyrings.getIfAvailable(() -> nodeKeyrings(signers)),
                signers, clock);
    }

    @Bean
    SuspendingAgreement suspendingAgreement(Journal journal, PostgresAgreements agreements, Clock clock) {
        return new SuspendingAgreement(journal, agreements, clock);
    }

    @Bean
    CheckingEligibility checkingEligibility(PostgresAgreements agreements) {
        return new CheckingEligibility(agreements);
    }

    private static Parties parties(ObjectProvider<Parties> parties) {
        return parties.getIfAvailable(() -> Fallback.DEMO.parties());
    }

    private static Places places(ObjectProvider<Places> places) {
        return places.getIfAvailable(() -> Fallback.DEMO.places());
    }

    /** Until parties register their keys in the log: the keys this node holds, valid since the epoch. */
    private static Keyrings nodeKeyrings(FilePartySigners signers) {
        return party -> {
            try {
                return Optional.of(PartyKeys.of(PartyKey.active(party, signers.key(party).verifier(), Instant.EPOCH)));
            } catch (IllegalArgumentException notHeld) {
                return Optional.empty();
            }
        };
    }

}

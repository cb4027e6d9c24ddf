package org.crossings.server;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import javax.sql.DataSource;
import org.crossings.server.agreement.application.ProposingAgreement;
import org.crossings.server.agreement.application.SigningAgreement;
import org.crossings.server.journal.Journal;
import org.crossings.server.journal.PartySigners;
import org.crossings.server.party.PartyCode;
import org.crossings.server.party.application.RegisteringParty;
import org.crossings.server.party.application.RotatingPartyKey;
import org.crossings.server.people.DemoPeople;
import org.crossings.server.party.store.PostgresParties;
import org.crossings.server.place.application.RegisteringPlaces;
import org.crossings.server.place.store.PostgresPlaces;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.crossings.server.travel.application.DecidingCrossing;
import org.crossings.server.travel.application.Preregistering;
import org.crossings.server.travel.application.TakingIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who and where: the parties with their keys, and the places, as read models of the log and the use cases. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    PostgresParties parties(DataSource dataSource) {
        return new PostgresParties(JdbcClient.create(dataSource));
    }

    @Bean
    PostgresPlaces places(DataSource dataSource) {
        return new PostgresPlaces(JdbcClient.create(dataSource));
    }

    @Bean
    RegisteringParty registeringParty(Journal journal, PostgresParties parties, PartySigners signers) {
        return new RegisteringParty(journal, parties, signers);
    }

    /**
     * The demo world and its people, loaded before the server answers (SmartInitializingSingleton runs before the web
     * server starts).
     */
    @Bean
    SmartInitializingSingleton demoWorld(
            @Value("${crossings.demo:true}") boolean demo,
            @Value("${crossings.data-dir}") Path dataDir,
            @Value("${logging.structured.format.console:}") String structuredConsole,
            PostgresParties parties,
            PostgresPlaces places,
            RegisteringParty registeringParty,
            RegisteringPlaces registeringPlaces,
            DemoPeople demoPeople,
            ProposingAgreement proposing,
            SigningAgreement signing,
            Preregistering preregistering,
            TakingIn takingIn,
            DecidingCrossing deciding,
            Clock clock) {
        return () -> {
            if (demo) {
                new DemoWorldLoader(parties, registeringParty, registeringPlaces, demoPeople, places,
                        dataDir.resolve("demo-people.txt"), proposing, signing,
                        new DemoTravellers(preregistering, takingIn, deciding, clock))
                        .loadIntoEmptyLog(structuredConsole.isBlank());
            }
        };
    }

    @Bean
    RotatingPartyKey rotatingPartyKey(Journal journal, PostgresParties parties, PartySigners signers) {
        return new RotatingPartyKey(journal, parties, parties, signers);
    }

    /** Before the server answers: a key rotation a crash interrupted is finished, or undone, as the log says. */
    @Bean
    SmartInitializingSingleton interruptedKeyRotations(
            @Value("${crossings.node.parties}") Set<String> held, RotatingPartyKey rotating) {
        return () -> held.stream().map(PartyCode::of).forEach(rotating::finishInterrupted);
    }

    @Bean
    RegisteringPlaces registeringPlaces(Journal journal, PostgresParties parties, PostgresPlaces places) {
        return new RegisteringPlaces(journal, parties, places);
    }
}

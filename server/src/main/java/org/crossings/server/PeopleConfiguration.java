package org.crossings.server;

import java.util.Map;
import javax.sql.DataSource;
import org.crossings.server.people.DemoPeople;
import org.crossings.server.people.PasswordHash;
import org.crossings.server.people.PasswordHashing;
import org.crossings.server.people.People;
import org.crossings.server.people.store.PostgresPeople;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** What people are built from: their store, the hashing of new passwords, and the demo people. */
@Configuration(proxyBeanMethods = false)
class PeopleConfiguration {

    /** Argon2 for new passwords; the id prefix of each stored hash lets the algorithm change without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }


    @Bean
    People people(DataSource dataSource) {
        return new PostgresPeople(dataSource);
    }

    @Bean
    PasswordHashing passwordHashing(PasswordEncoder encoder) {
        return password -> new PasswordHash(encoder.encode(password));
    }

    /** The demo world loader calls {@code create(parties, places)} on a fresh database and prints the table. */
    @Bean
    DemoPeople demoPeople(People people, PasswordHashing hashing) {
        return new DemoPeople(people, hashing);
    }
}

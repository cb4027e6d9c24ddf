package org.crossings.server;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.crossings.server.http.AccessProblems;
import org.crossings.server.http.AccessRules;
import org.crossings.server.http.AccessRulesAuthorization;
import org.crossings.server.http.AgreementParties;
import org.crossings.server.http.ApiTokenFilter;
import org.crossings.server.http.CallerArguments;
import org.crossings.server.http.RejectedRequests;
import org.crossings.server.people.People;
import org.crossings.server.people.http.PasswordSignIn;
import org.crossings.server.people.http.SignInAttempts;
import org.crossings.server.people.http.SignInFailures;
import org.crossings.server.people.http.SignInLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How callers sign in, and the one authorization of every request by {@link AccessRules}.
 *
 * <p>Two filter chains, both authorized by the same table: machine clients with an {@code Authorization: Bearer} API
 * token are stateless and need no CSRF token (a browser never sends that header by itself); everyone else is a
 * browser with a session, a sign-in form, CSRF protection and sign-out.
 *
 * <p>A party's own OpenID Connect identity provider is added in {@link #browsers}: add
 * {@code spring-boot-starter-oauth2-client}, register each party's provider under
 * {@code spring.security.oauth2.client.registration.<party>}, call {@code http.oauth2Login(...)} next to
 * {@code formLogin}, and map its {@code OidcUser} to a Person in {@code Authentications.caller}, where every way of
 * signing in becomes a Caller. The access rules do not change.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // `crossings rebuild` runs without a web server
class SecurityConfiguration {

    /** When sign-in pauses after failures (see README, "Signing in"). */
    @Bean
    SignInLimits signInLimits(@Value("${crossings.signin.account-failures:5}") int accountFailures,
            @Value("${crossings.signin.address-failures:30}") int addressFailures,
            @Value("${crossings.signin.window:PT15M}") Duration window,
            @Value("${crossings.signin.pause:PT15M}") Duration pause) {
        return new SignInLimits(accountFailures, addressFailures, window, pause);
    }

    /** At most this many accounts and as many addresses are remembered: a few megabytes, whatever is sent. */
    @Bean
    SignInAttempts signInAttempts(SignInLimits limits, Clock clock) {
        return new SignInAttempts(limits, clock, 50_000);
    }

    /** The one way to sign in with a password; Spring Security's form sign-in asks it. */
    @Bean
    PasswordSignIn passwordSignIn(People people, PasswordEncoder passwords, SignInAttempts attempts) {
        return new PasswordSignIn(people, passwords, attempts);
    }

    /** The agreement feature provides this lookup; until it does, rules that need it deny. */
    @Bean
    AccessRules accessRules(ObjectProvider<AgreementParties> agreementParties) {
        return AccessTable.crossings(agreementParties.getIfAvailable(() -> AgreementParties.NONE));
    }

    /** Requests the firewall refuses (a path not in normal form, a {@code ;}, an unknown method) as problems. */
    @Bean
    RequestRejectedHandler rejectedRequests() {
        return new RejectedRequests();
    }

    @Bean
    AccessProblems accessProblems() {
        return new AccessProblems();
    }

    @Bean
    @Order(1)
    SecurityFilterChain machineClients(HttpSecurity http, People people, AccessRules rules, AccessProblems problems,
            Clock clock) {
        return http.securityMatcher(ApiTokenFilter::hasBearerToken)
                .addFilterBefore(new ApiTokenFilter(people, problems, clock),
                        UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(new AccessRulesAuthorization(rules)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browsers(HttpSecurity http, AccessRules rules, AccessProblems problems, Clock clock) {
        return http
                .formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailures(clock))
                        .defaultSuccessUrl("/"))
                // OpenID Connect of a party's own identity provider goes here: .oauth2Login(...)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signed-out"))
                .httpBasic(AbstractHttpConfigurer::disable)
                // a traveller pre-registers without signing in: no session acts, so there is nothing to forge
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/preregistrations"))
                .authorizeHttpRequests(requests -> requests.anyRequest().access(new AccessRulesAuthorization(rules)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    WebMvcConfigurer callerArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArguments());
            }
        };
    }
}

package org.crossings.server.people.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossings.server.http.Browser;
import org.crossings.server.http.TestPeople;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.crossings.server.RunningServer;
import org.crossings.server.people.Person;
import org.crossings.server.people.Role;
import org.crossings.server.people.RoleGrant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in pauses after repeated failures, per account and per client address, and tells no one which usernames
 * exist. On a server of its own, with low limits, behind a trusted proxy (loopback) that names the client's address
 * in {@code X-Forwarded-For} and TLS in {@code X-Forwarded-Proto}: the pauses here must not pause the shared server's
 * sign-ins.
 */
class PasswordSignInTest {

    private static final String PASSWORD = "a pause between guesses";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    @TempDir
    static Path data;
    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(data, "--crossings.signin.account-failures=3",
                "--crossings.signin.address-failures=8", "--crossings.signin.pause=PT10M",
                "--server.forward-headers-strategy=native");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void after_three_failures_even_the_right_password_is_refused_from_any_address_with_a_pause_message() {
        Person officer = person();

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(signIn(fresh(), officer.username().value(), "wrong"));
        }
        answers.add(signIn(fresh(), officer.username().value(), PASSWORD));

        assertThat(answers).containsExactly("/login?error", "/login?error", "/login?paused", "/login?paused");
        assertThat(fresh().get("/login?paused").body()).contains("Signing in is paused for a while",
                "try again in 10 minutes");
    }

    @Test
    void a_username_no_one_has_gets_the_very_answers_a_real_one_gets() {
        Person officer = person();
        List<String> real = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            real.add(signIn(fresh(), officer.username().value(), "wrong"));
            unknown.add(signIn(fresh(), "nobody-" + officer.username().value(), "wrong"));
        }

        assertThat(unknown).isEqualTo(real);
    }

    @Test
    void a_username_no_one_has_takes_as_long_to_refuse_as_a_wrong_password() {
        List<Person> people = List.of(person(), person(), person(), person(), person());
        warmUp();

        long real = median(() -> signIn(fresh(), people.get(ADDRESSES.get() % 5).username().value(), "wrong"));
        long unknown = median(() -> signIn(fresh(), "nobody-" + ADDRESSES.get(), "wrong"));

        assertThat((double) unknown / real).as("unknown %d ns, real %d ns", unknown, real).isBetween(0.5, 2.0);
    }

    @Test
    void one_address_failing_on_many_accounts_is_paused_and_another_address_is_not() {
        String address = address();
        Browser attacker = at(address);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            answers.add(signIn(attacker, "guess-" + i + "-at-" + address, "wrong"));
        }
        Person officer = person();

        assertThat(answers.subList(0, 7)).containsOnly("/login?error");
        assertThat(answers.subList(7, 9)).containsOnly("/login?paused");
        assertThat(signIn(attacker, officer.username().value(), PASSWORD)).isEqualTo("/login?paused");
        assertThat(signIn(fresh(), officer.username().value(), PASSWORD)).isEqualTo("/");
    }

    @Test
    void a_script_signing_in_gets_401_and_then_429_with_retry_after() {
        Person officer = person();
        Browser script = fresh();

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(script.postForm("/login", Map.of("username", officer.username().value(), "password", "wrong",
                    "_csrf", script.csrfOf("/login")), "application/json"));
        }

        assertThat(answers.get(0).statusCode()).isEqualTo(401);
        assertThat(answers.get(0).headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answers.get(0).body()).contains("wrong username or password");
        assertThat(answers.get(2).statusCode()).isEqualTo(429);
        assertThat(answers.get(2).headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(590L, 601L));
        assertThat(answers.get(2).body()).contains("sign-in-paused", "try again in");
    }

    @Test
    void a_success_before_the_limit_starts_the_count_again() {
        Person officer = person();
        String name = officer.username().value();

        signIn(fresh(), name, "wrong");
        signIn(fresh(), name, "wrong");
        assertThat(signIn(fresh(), name, PASSWORD)).isEqualTo("/");
        signIn(fresh(), name, "wrong");

        assertThat(signIn(fresh(), name, "wrong")).isEqualTo("/login?error");
    }

    @Test
    void the_session_cookie_is_secure_when_the_trusted_proxy_says_the_request_came_over_tls() {
        Browser overTls = new Browser(server, Map.of("X-Forwarded-For", address(), "X-Forwarded-Proto", "https"));

        assertThat(overTls.get("/login").headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly", "; SameSite=Lax"));
        assertThat(fresh().get("/login").headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").doesNotContain("Secure"));
    }

    /** Signs in and says where the server sent the browser: "/", "/login?error" or "/login?paused". */
    private static String signIn(Browser browser, String username, String password) {
        HttpResponse<String> answer = browser.signIn(username, password);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.startsWith("/") ? location : location.replaceFirst("^https?://[^/]+", "");
    }

    /** A browser at an address of its own, so that only the account limit is in play. */
    private static Browser fresh() {
        return at(address());
    }

    private static Browser at(String address) {
        return new Browser(server, Map.of("X-Forwarded-For", address));
    }

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static Person person() {
        return TestPeople.add(server, "officer", "ARM", PASSWORD, RoleGrant.of(Role.AGREEMENT_SIGNATORY));
    }

    private static void warmUp() {
        for (int i = 0; i < 3; i++) {
            signIn(fresh(), "warm-up-" + ADDRESSES.get(), "wrong");
        }
    }

    /** The median time of five sign-ins. */
    private static long median(Supplier<String> signIn) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            signIn.get();
            times.add(System.nanoTime() - start);
        }
        return times.stream().sorted().toList().get(2);
    }
}

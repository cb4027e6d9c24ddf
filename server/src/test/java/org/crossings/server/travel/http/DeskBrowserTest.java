package org.crossings.server.travel.http;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crossings.server.RunningServer;
import org.crossings.server.party.PartyCode;
import org.crossings.server.people.PasswordHashing;
import org.crossings.server.people.People;
import org.crossings.server.people.Person;
import org.crossings.server.people.RoleGrant;
import org.crossings.server.people.Username;
import org.crossings.server.place.PostCode;
import org.crossings.server.travel.Passports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The desk in a real browser (Debian's chromium): Armenia's officer at Margara takes a traveller in by typing her
 * zone, lets her leave from the queue; Türkiye's officer at Alican admits her; the receipt page says so. A zone with a
 * wrong check digit is refused naming the line and column, and the typed zone stays in the form.
 */
class DeskBrowserTest {

    private static final String PASSWORD = "desk-test-password";
    private static Playwright playwright;
    private static Browser browser;

    private final RunningServer server = RunningServer.shared();

    @BeforeAll
    static void chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void an_officer_at_margara_takes_a_traveller_in_and_lets_her_leave_and_alican_admits_her() {
        String margara = officer("ARM", "AM-MARGARA");
        String alican = officer("TUR", "TR-ALICAN");
        String mrz = Passports.ordinary("BEL", "PEETERS", "LIESBETH");

        Page armenia = signedIn(margara);
        armenia.navigate(url("/desk"));
        armenia.fill("#mrz", mrz);
        armenia.selectOption("#way", "MARGARA-ALICAN|AM-MARGARA|TR-ALICAN");
        armenia.selectOption("#purpose", "tourism");
        armenia.click("#intake button[type=submit]");
        assertThat(armenia.locator("#note")).containsText("Taken in: case");
        assertThat(armenia.locator("#note")).containsText("ARM-TUR-2022-THIRD-COUNTRY v1");
        String reference = armenia.locator("#note").textContent().replaceAll(".*case ([A-Z0-9]{11}).*", "$1")
                .strip();

        Locator row = armenia.locator("#queue-AM-MARGARA tr[data-reference='" + reference + "']");
        assertThat(row).containsText("PEETERS, LIESBETH");
        row.locator("button", new Locator.LocatorOptions().setHasText("Allow exit")).click();
        assertThat(armenia.locator("#note")).containsText("exit allowed; waiting for the entry decision");
        assertThat(armenia.locator("#queue-AM-MARGARA tr[data-reference='" + reference + "']")).hasCount(0);

        Page turkey = signedIn(alican);
        turkey.navigate(url("/desk"));
        Locator waiting = turkey.locator("#queue-TR-ALICAN tr[data-reference='" + reference + "']");
        assertThat(waiting).containsText("PEETERS");
        waiting.locator("button", new Locator.LocatorOptions().setHasText("Admit")).click();
        assertThat(turkey.locator("#note")).containsText("Case " + reference + ": admitted.");

        turkey.click("#note a");
        assertThat(turkey.locator("#status")).hasText("admitted");
        assertThat(turkey.locator("#proofs")).containsText("c2sp.org/tlog-proof@v1");
    }

    @Test
    void a_wrong_check_digit_is_shown_with_its_line_and_column_and_the_zone_stays_typed() {
        Page armenia = signedIn(officer("ARM", "AM-MARGARA"));
        String mrz = Passports.ordinary("BEL", "JANSSENS", "TOM");
        int digit = mrz.indexOf('\n') + 10;
        String corrupted = mrz.substring(0, digit) + (mrz.charAt(digit) == '0' ? '1' : '0') + mrz.substring(digit + 1);

        armenia.navigate(url("/desk"));
        armenia.fill("#mrz", corrupted);
        armenia.click("#intake button[type=submit]");

        assertThat(armenia.locator("#note.error")).containsText("line 2, column 10");
        assertThat(armenia.locator("#mrz")).hasValue(corrupted);
    }

    @Test
    void a_traveller_pre_registers_from_home_twice_and_margara_takes_her_in_with_one_reference() {
        Page home = browser.newContext().newPage();
        String mrz = Passports.ordinary("IRL", "MURPHY", "SIOBHAN");
        String inTwoDays = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();
        home.navigate(url("/login"));
        home.click("text=Pre-register your crossing");

        List<String> references = new java.util.ArrayList<>();
        String secret = null;
        for (int i = 0; i < 2; i++) {
            home.fill("#mrz", mrz);
            home.selectOption("#way", "MARGARA-ALICAN|AM-MARGARA|TR-ALICAN");
            home.selectOption("#purpose", "tourism");
            home.fill("#travelDate", inTwoDays);
            home.click("#preregister button[type=submit]");
            assertThat(home.locator("#note")).containsText("Pre-registered. Your reference:");
            assertThat(home.locator("#note")).containsText("ARM-TUR-2022-THIRD-COUNTRY v1 allows this crossing");
            references.add(home.locator("#reference").textContent());
            secret = home.locator("#secret").textContent();
        }
        assertThat(references.get(1)).as("a fresh reference each time").isNotEqualTo(references.get(0));

        Page armenia = signedIn(officer("ARM", "AM-MARGARA"));
        armenia.navigate(url("/desk"));
        armenia.fill("#preregistration", references.get(1));
        armenia.click("#intake button[type=submit]");
        assertThat(armenia.locator("#note")).containsText("Taken in: case " + references.get(1));
        assertThat(armenia.locator("#queue-AM-MARGARA tr[data-reference='" + references.get(1) + "']"))
                .containsText("MURPHY, SIOBHAN");

        home.click("#note a");
        assertThat(home.locator("#status")).hasText("awaiting-exit");
        assertThat(home.locator("#proofs")).containsText("c2sp.org/tlog-proof@v1");
        assertThat(home.url()).contains("secret=" + secret);

        home.navigate(url("/preregister"));
        home.fill("#mrz", mrz.replace("MURPHY", "MURPHX").substring(0, 50));
        home.click("#preregister button[type=submit]");
        assertThat(home.locator("#note.error")).containsText("mrz");
    }

    private Page signedIn(String username) {
        Page page = browser.newContext().newPage();
        page.navigate(url("/login"));
        page.fill("#username", username);
        page.fill("#password", PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        assertThat(page.content()).contains("Desk");
        return page;
    }

    private String officer(String party, String post) {
        Person person = Person.of(Username.of(party.toLowerCase() + "-desk-" + System.nanoTime()), "Desk test officer",
                PartyCode.of(party), RoleGrant.officerAt(PostCode.of(post)));
        server.bean(People.class).add(person, server.bean(PasswordHashing.class).hash(PASSWORD));
        return person.username().value();
    }

    private String url(String path) {
        return server.url(path).toString();
    }
}

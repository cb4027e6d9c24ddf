package org.crossings.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crossings.server.RunningServer;
import org.crossings.server.people.Person;
import org.crossings.server.people.RoleGrant;
import org.crossings.server.place.PostCode;
import org.crossings.server.travel.Cases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages under their Content-Security-Policy in a real browser (Debian's chromium): the browser reports no
 * violation, and the style sheet does apply.
 */
class SecurityHeadersBrowserTest {

    private static final String PASSWORD = "the policy in the browser";
    private static final Person OFFICER = TestPeople.add("arm-browser-csp", "ARM", PASSWORD,
            RoleGrant.officerAt(PostCode.of("AM-MARGARA")));
    private static Playwright playwright;
    private static Browser chromium;

    private final RunningServer server = RunningServer.shared();
    private final List<String> complaints = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void the_browser_reports_no_violation_of_the_policy_on_any_page_and_the_style_sheet_applies() {
        Page page = watched(chromium.newContext().newPage());

        page.navigate(url("/login"));
        assertThat(page.evaluate("getComputedStyle(document.body).maxWidth")).isEqualTo("416px"); // 26rem
        page.navigate(url("/preregister"));
        assertThat(page.evaluate("getComputedStyle(document.body).maxWidth")).isEqualTo("640px"); // 40rem
        page.navigate(url("/login"));
        page.fill("#username", OFFICER.username().value());
        page.fill("#password", PASSWORD);
        page.click("button[type=submit]");
        page.waitForURL(url("/"));
        page.navigate(url("/desk"));
        assertThat(page.evaluate("getComputedStyle(document.body).maxWidth")).isEqualTo("1024px"); // 64rem
        page.navigate(url("/cases/" + aDemoCase() + "/receipt")); // an officer reads it without the traveller's secret
        assertThat(page.evaluate("getComputedStyle(document.body).maxWidth")).isEqualTo("736px"); // 46rem

        assertThat(complaints).isEmpty();
    }

    /** Records what the browser says about the policy: its console errors and every violation event. */
    private Page watched(Page page) {
        page.onConsoleMessage((ConsoleMessage message) -> {
            if (message.type().equals("error")) {
                complaints.add(message.text());
            }
        });
        page.onPageError(error -> complaints.add(error));
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));");
        return page;
    }

    private String aDemoCase() {
        Cases cases = server.bean(Cases.class);
        return java.util.stream.Stream.of("AM-MARGARA", "TR-ALICAN", "AM-SYUNIK-EAST")
                .flatMap(post -> cases.queue(PostCode.of(post), 1).stream())
                .findFirst().orElseThrow().reference().value();
    }

    private String url(String path) {
        return server.url(path).toString();
    }
}

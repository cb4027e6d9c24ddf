package org.crossings.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API tokens for demo people, as a person gets one: sign in with the form ({@code GET /login} for its CSRF token,
 * {@code POST /login}), then {@code POST /api/me/tokens} with the session cookie and the CSRF header. The demo
 * people's passwords come from {@code demo-people.txt} in the server's data directory.
 */
final class ApiTokens {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"");

    private ApiTokens() {
    }

    /** A new API token of {@code username}, a demo person of the server. */
    static String issue(ServerProcess server, String username) throws IOException, InterruptedException {
        String password = passwordOf(server.dataDir().resolve("demo-people.txt"), username);
        try (HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            String form = "username=" + encode(username) + "&password=" + encode(password)
                    + "&_csrf=" + encode(csrf(browser, server, "/login"));
            HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(server.url("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = signIn.headers().firstValue("Location").orElse("");
            if (signIn.statusCode() != 302 || location.contains("/login")) {
                throw new IllegalStateException(username + " could not sign in: " + signIn.statusCode() + " " + location);
            }
            HttpResponse<String> issued = browser.send(HttpRequest.newBuilder(server.url("/api/me/tokens"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("X-CSRF-TOKEN", csrf(browser, server, "/"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"label\": \"decisions benchmark\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher secret = SECRET.matcher(issued.body());
            if (issued.statusCode() != 201 || !secret.find()) {
                throw new IllegalStateException(username + " got no API token: " + issued.statusCode() + " "
                        + issued.body());
            }
            return secret.group(1);
        }
    }

    private static String csrf(HttpClient browser, ServerProcess server, String path)
            throws IOException, InterruptedException {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(server.url(path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF field on " + path + ": " + page.statusCode() + " " + page.body());
        }
        return matcher.group(1);
    }

    /** The password column of the person's row in the demo people's table (username first, password last). */
    static String passwordOf(Path table, String username) throws IOException {
        return Files.readAllLines(table).stream().map(String::strip).map(line -> line.split("\\s+"))
                .filter(fields -> fields.length >= 4 && fields[0].equals(username))
                .map(fields -> fields[fields.length - 1]).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo person \"" + username + "\" in " + table));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.crossings.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crossings.server.RunningServer;

/** A browser against the shared test server: keeps its cookies, follows no redirects, asks for HTML pages. */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final RunningServer server;
    private final Map<String, String> headers;

    public Browser() {
        this(RunningServer.shared(), Map.of());
    }

    /** A browser of another server, sending {@code headers} with every request (as a proxy in front would add). */
    public Browser(RunningServer server, Map<String, String> headers) {
        this.server = server;
        this.headers = Map.copyOf(headers);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "text/html,*/*;q=0.8").GET().build());
    }

    public HttpResponse<String> getJson(String path) {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.url(path));
        headers.forEach(request::header);
        return request;
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return postForm(path, fields, "text/html,*/*;q=0.8");
    }

    /** A form sent by a client that accepts {@code accept}: a script signing in asks for JSON. */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String accept) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Accept", accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A JSON request of the signed-in session, with the session's CSRF token in its header. */
    public HttpResponse<String> postJson(String path, String json, String csrf) {
        return send(request(path)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Opens the sign-in page and signs in with it, CSRF token and all. */
    public HttpResponse<String> signIn(String username, String password) {
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrfOf("/login")));
    }

    /** The CSRF token of the form on the page at {@code path}. */
    public String csrfOf(String path) {
        HttpResponse<String> page = get(path);
        Matcher matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF field on " + path + ": " + page.statusCode() + " " + page.body());
        }
        return matcher.group(1);
    }

    public String sessionCookie() {
        return cookies.getCookieStore().get(URI.create(server.base().toString())).stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(Object::toString).findFirst()
                .orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

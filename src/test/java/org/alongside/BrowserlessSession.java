package org.alongside;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A cookie-keeping HTTP client against the running application, for what MockMvc cannot show (real sessions). */
public final class BrowserlessSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies;
    private final HttpClient client;

    private final Map<String, String> headers;

    public BrowserlessSession(int port) {
        this(port, Map.of());
    }

    /** A session that sends these headers with every request (as a proxy in front would). */
    public BrowserlessSession(int port, Map<String, String> headers) {
        this(port, headers, new CookieManager());
    }

    private BrowserlessSession(int port, Map<String, String> headers, CookieManager cookies) {
        this.cookies = cookies;
        this.headers = Map.copyOf(headers);
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The same browser (same cookies, so the same session) talking to another node on {@code port}. */
    public BrowserlessSession on(int port) {
        return new BrowserlessSession(port, headers, cookies);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the CSRF token of the page at {@code formPage}. */
    public HttpResponse<String> postForm(String formPage, String path, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(get(formPage).body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on " + formPage);
        }
        String body = fields.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"))
                + "&_csrf=" + encode(csrf.group(1));
        return client.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return postForm("/signin", "/signin", Map.of("email", email, "password", password));
    }

    /** Sends the same GET {@code count} times at once, as a browser restoring its tabs; answers the statuses. */
    public List<Integer> parallelGets(String path, int count) {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(client.sendAsync(request(path).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(f -> f.join().statusCode()).toList();
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        return builder;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

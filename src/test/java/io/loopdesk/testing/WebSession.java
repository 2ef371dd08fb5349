package io.loopdesk.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A signed-in browser session without a browser: cookies, the CSRF token of the last page, form posts. For page
 * tests that check what the server renders; real clicks are in the Chromium tests.
 */
public final class WebSession {

    /** A rendered page. */
    public record Page(int status, String url, Document html) {
        public String text() {
            return html.text();
        }
    }

    private final String base;
    private final String language;
    private final HttpClient http;
    private String csrf = "";
    private String forwardedFor = "";

    private WebSession(String base, String language) {
        this(
                base,
                language,
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build());
    }

    private WebSession(String base, String language, HttpClient http) {
        this.base = base;
        this.language = language;
        this.http = http;
    }

    /**
     * The same browser (its cookies: cookies do not tell ports apart) talking to another node at {@code otherBase},
     * as it would behind a load balancer.
     */
    public WebSession at(String otherBase) {
        WebSession moved = new WebSession(otherBase, language, http);
        moved.csrf = csrf;
        return moved;
    }

    public static WebSession anonymous(String base, String language) {
        return new WebSession(base, language);
    }

    public static WebSession signedIn(String base, String username, String password, String language) {
        WebSession session = new WebSession(base, language);
        session.get("/login");
        Page after = session.post("/login", Map.of("username", username, "password", password));
        if (after.url().contains("/login")) {
            throw new IllegalStateException("Sign-in failed for " + username);
        }
        return session;
    }

    /**
     * The same session as if it came from {@code address} through a proxy ({@code X-Forwarded-For}, which Loopdesk
     * believes from the loopback address the tests connect from), so tests of per-address rules do not share one.
     */
    public WebSession from(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** The cookies this browser sends to the node, as a {@code Cookie} header (a WebSocket handshake needs them). */
    public String cookieHeader() {
        CookieManager cookies = (CookieManager) http.cookieHandler().orElseThrow();
        return cookies.getCookieStore().get(URI.create(base)).stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Downloads a file a page links to (an attachment, a CSV export), bytes and headers as they came. */
    public Api.Download download(String path) {
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Accept-Language", language)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with the CSRF token of the last page, as a browser would. */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.putIfAbsent("_csrf", csrf);
        return postRaw(path, form);
    }

    /** Posts a form whose fields may repeat (tick boxes of one name), with the CSRF token of the last page. */
    public Page post(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> form = new java.util.ArrayList<>(fields);
        form.add(Map.entry("_csrf", csrf));
        String body = form.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Uploads a file as a form would ({@code multipart/form-data}), with the CSRF token of the last page. */
    public Page upload(String path, Api.FilePart file) {
        String boundary = "----loopdesk" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
                        + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType()
                        + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Posts exactly these fields: no CSRF token unless given. */
    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(
                    (forwardedFor.isEmpty() ? request : request.header("X-Forwarded-For", forwardedFor))
                            .header("Accept-Language", language)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Document html = Jsoup.parse(response.body(), response.uri().toString());
            var token = html.selectFirst("meta[name=_csrf]");
            if (token != null) {
                csrf = token.attr("content");
            }
            return new Page(response.statusCode(), response.uri().toString(), html);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package io.loopdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every refusal of an API request is a problem document, whoever refuses it: a controller, Spring's dispatching
 * (unknown path, method, content type), the security filters, or Tomcat before any of them (a NUL in the path, a
 * URL beyond its size limit). Pages get a page, in the reader's language.
 */
@IntegrationTest
class ErrorResponsesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Environment environment;

    @Autowired
    ObjectMapper json;

    UserView agent;

    @BeforeEach
    void setUp() {
        agent = fixtures.staff(fixtures.tenant(), Role.AGENT);
    }

    @Test
    void aWrongContentTypeIsA415Problem() {
        Api.Response response = fixtures.api(agent)
                .postText("/api/v1/tickets", "text/plain", "customerName=x".getBytes(StandardCharsets.UTF_8));

        assertProblem(response, 415);
        assertThat(response.text("detail")).contains("application/json");
    }

    @Test
    void aWrongMethodAndAnUnknownPathAreProblems() {
        assertProblem(fixtures.api(agent).delete("/api/v1/me"), 405);
        assertProblem(fixtures.api(agent).get("/api/v1/no-such-thing"), 404);
        assertProblem(fixtures.anonymous().get("/api/v1/no-such-thing"), 401);
    }

    @Test
    void aDetailWithQuotesAndLineBreaksIsStillValidJson() {
        Api.Response response = fixtures.api("nobody \"quoted\"\\", "x").get("/api/v1/me");

        assertProblem(response, 401);
    }

    @Test
    void tomcatsOwnRefusalsAreProblemsOnTheApiAndPagesInTheReadersLanguage() throws IOException {
        Raw nulInPath = raw("GET /api/v1/tickets/%00 HTTP/1.1", "Accept: application/json");
        Raw longUrl = raw("GET /api/v1/tickets?q=" + "x".repeat(8150) + " HTTP/1.1", "Accept: */*");
        Raw page = raw("GET /tickets/%00 HTTP/1.1", "Accept: text/html", "Accept-Language: zh-CN,zh;q=0.9");

        assertThat(nulInPath.status()).isEqualTo(400);
        assertThat(nulInPath.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(json.readTree(nulInPath.body()).get("status").asInt()).isEqualTo(400);
        assertThat(longUrl.status()).isBetween(400, 431);
        assertThat(longUrl.headers()).containsIgnoringCase("Content-Type: application/problem+json");
        JsonNode problem = json.readTree(longUrl.body());
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.headers()).containsIgnoringCase("Content-Type: text/html");
        assertThat(page.body()).contains("请求无法处理").doesNotContain("Apache Tomcat");
    }

    @Test
    void anUnknownPageIsTheFriendlyPageInTheReadersLanguage() {
        var session =
                io.loopdesk.testing.WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "en");

        var page = session.get("/no-such-page");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Not found");
    }

    private void assertProblem(Api.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.isProblem())
                .as("problem+json, got %s", response.contentType())
                .isTrue();
        assertThat(response.get("status").asInt()).isEqualTo(status);
        assertThat(response.text("title")).isNotBlank();
        assertThat(response.text("detail")).isNotBlank();
    }

    /** What came back for a request sent byte for byte, as no HTTP client library would send it. */
    private record Raw(int status, String headers, String body) {}

    private Raw raw(String requestLine, String... headers) throws IOException {
        int port = Integer.parseInt(environment.getProperty("local.server.port"));
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            String head = response.substring(0, split);
            String body = response.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            return new Raw(Integer.parseInt(head.split(" ")[1]), head, body);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            // sizes count bytes; the bodies here are ASCII or short Chinese pages, so count on the bytes
            byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String piece = new String(rest, 0, size, StandardCharsets.UTF_8);
            body.append(piece);
            at = lineEnd + 2 + piece.length() + 2;
        }
    }
}

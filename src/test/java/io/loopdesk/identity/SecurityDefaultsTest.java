package io.loopdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a careful deployment would otherwise have to configure: safe cookies, a content policy, expiring tokens. */
@IntegrationTest
class SecurityDefaultsTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void pagesForbidInlineScriptsAndTheSessionCookieStaysOnThisSite() throws Exception {
        UserView agent = fixtures.staff(fixtures.tenant(), Role.AGENT);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> loginPage = http.send(
                HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String session = loginPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID") || c.startsWith("SESSION"))
                .findFirst()
                .orElseThrow();

        assertThat(loginPage.headers().firstValue("Content-Security-Policy"))
                .get()
                .asString()
                .contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(session).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(agent).isNotNull();
    }

    @Test
    void aSessionCookieIsSecureWhenTheClientCameThroughHttps() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> behindProxy = http.send(
                HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(behindProxy.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
    }

    @Test
    void tokensExpireByDefaultAndOnlyAdminsIssueOnesThatNeverDo() {
        var tenant = fixtures.tenant();
        UserView customer = fixtures.customer(tenant);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);

        Api.Response customers = fixtures.api(customer).post("/api/v1/api-tokens", Map.of("name", "my script"));
        Api.Response forever =
                fixtures.api(customer).post("/api/v1/api-tokens", Map.of("name", "forever", "neverExpires", true));
        Api.Response tooLong =
                fixtures.api(agent).post("/api/v1/api-tokens", Map.of("name", "long", "validDays", 1000));
        Api.Response agentForever =
                fixtures.api(agent).post("/api/v1/api-tokens", Map.of("name", "forever", "neverExpires", true));
        Api.Response integration = fixtures.api(admin)
                .post(
                        "/api/v1/api-tokens",
                        Map.of("name", "ERP integration", "userId", agent.id(), "neverExpires", true));

        assertThat(customers.status()).isEqualTo(201);
        Instant expires = Instant.parse(customers.get("token").get("expiresAt").asString());
        assertThat(Duration.between(
                        Instant.parse(customers.get("token").get("createdAt").asString()), expires))
                .isEqualTo(Duration.ofDays(90));
        assertThat(forever.status()).isEqualTo(400);
        assertThat(forever.get("errors").get(0).get("field").asString()).isEqualTo("neverExpires");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.get("errors").get(0).get("field").asString()).isEqualTo("validDays");
        assertThat(agentForever.status()).isEqualTo(400);
        assertThat(integration.status()).isEqualTo(201);
        assertThat(integration.get("token").get("expiresAt").isNull()).isTrue();
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void theAccessDeniedPageSaysSoWithItsStatusHoweverItIsReached() {
        UserView agent = fixtures.staff(fixtures.tenant(), Role.AGENT);
        var session =
                io.loopdesk.testing.WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "en");
        var refused = session.get("/admin/users");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Access denied");
        var visited = session.get("/access-denied");
        assertThat(visited.status()).isEqualTo(403);
        assertThat(visited.text()).contains("Access denied", "Your role does not allow this page or action.");
    }

    @Test
    void whileLoopdeskIsStillStartingTheSignInPageSaysSo() {
        org.springframework.boot.availability.AvailabilityChangeEvent.publish(
                context, org.springframework.boot.availability.ReadinessState.REFUSING_TRAFFIC);
        try {
            var starting = io.loopdesk.testing.WebSession.anonymous(fixtures.baseUrl(), "zh-CN")
                    .get("/login");
            assertThat(starting.html().select("#starting").text()).contains("仍在启动");
        } finally {
            org.springframework.boot.availability.AvailabilityChangeEvent.publish(
                    context, org.springframework.boot.availability.ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(io.loopdesk.testing.WebSession.anonymous(fixtures.baseUrl(), "zh-CN")
                        .get("/login")
                        .html()
                        .select("#starting"))
                .isEmpty();
    }

    @Test
    void aPageSizeBeyondTheLimitIsRefusedNotShortened() {
        UserView agent = fixtures.staff(fixtures.tenant(), Role.AGENT);

        Api.Response tooMany = fixtures.api(agent).get("/api/v1/tickets?limit=10000");
        Api.Response none = fixtures.api(agent).get("/api/v1/tickets?limit=0");

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.get("errors").get(0).get("field").asString()).isEqualTo("limit");
        assertThat(tooMany.text("detail")).contains("200");
        assertThat(none.status()).isEqualTo(400);
        assertThat(fixtures.api(agent).get("/api/v1/tickets?limit=200").status())
                .isEqualTo(200);
    }
}

package io.loopdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant admin's apps page: complete in both languages; a key is shown once; rotate and revoke work. */
@IntegrationTest
class FeedbackAppPagesTest {

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    String admin;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.staff(tenant, Role.TENANT_ADMIN).username();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void theAppsPageRendersCompletely(String language) {
        WebSession session = WebSession.signedIn(fixtures.baseUrl(), admin, Fixtures.PASSWORD, language);
        session.get("/admin/apps");
        WebSession.Page page = session.post("/admin/apps", Map.of("name", "Acme Home", "product", "门锁"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().html()).doesNotContain("??");
        assertThat(page.html().select("label[for=app-name]")).isNotEmpty();
        assertThat(page.html().select("#app-key").text()).startsWith("lda_");
    }

    @Test
    void aKeyIsShownOnceAndWorksUntilRotatedOrRevoked() {
        WebSession session = WebSession.signedIn(fixtures.baseUrl(), admin, Fixtures.PASSWORD, "en");
        session.get("/admin/apps");
        String key = session.post("/admin/apps", Map.of("name", "Acme Home", "product", "智能门锁 X2"))
                .html()
                .select("#app-key")
                .text();
        assertThat(fixtures.app(key)
                        .post("/api/v1/feedback", FeedbackApiTest.feedback())
                        .status())
                .isEqualTo(201);
        WebSession.Page again = session.get("/admin/apps");
        assertThat(again.html().select("#app-key")).as("shown once").isEmpty();
        assertThat(again.text()).doesNotContain(key).contains(key.substring(0, 8));

        String appRow = again.html().select("#apps tbody tr").first().id();
        String id = appRow.substring("app-".length());
        String newKey = session.post("/admin/apps/" + id + "/key", Map.of())
                .html()
                .select("#app-key")
                .text();
        assertThat(newKey).startsWith("lda_").isNotEqualTo(key);
        assertThat(fixtures.app(key)
                        .post("/api/v1/feedback", FeedbackApiTest.feedback())
                        .status())
                .isEqualTo(401);
        assertThat(session.post("/admin/apps/" + id + "/revoke", Map.of()).text())
                .contains("revoked");
        assertThat(fixtures.app(newKey)
                        .post("/api/v1/feedback", FeedbackApiTest.feedback())
                        .status())
                .isEqualTo(401);

        WebSession agent = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(tenant, Role.AGENT).username(), Fixtures.PASSWORD, "en");
        assertThat(agent.get("/admin/apps").status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void anAppsWebhookIsSetFromItsPageWithTheSecretShownOnce(String language) {
        WebSession session = WebSession.signedIn(fixtures.baseUrl(), admin, Fixtures.PASSWORD, language);
        session.get("/admin/apps");
        WebSession.Page apps = session.post("/admin/apps", Map.of("name", "Acme Home", "product", "门锁"));
        String id = apps.html().select("#apps tbody tr").first().id().substring("app-".length());
        String webhook = "/admin/apps/" + id + "/webhook";
        assertThat(apps.html().select("a[href$=" + webhook + "]"))
                .as("reachable from the list")
                .isNotEmpty();

        WebSession.Page page = session.get(webhook);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().html()).doesNotContain("??");
        assertThat(page.html().select("label[for=webhook-url]")).isNotEmpty();

        WebSession.Page refused = session.post(webhook, Map.of("url", "ftp://example.com/hook"));
        assertThat(refused.html().select(".alert.error").text())
                .contains(language.equals("en") ? "http:// or https://" : "须为带主机名的");
        assertThat(refused.html().select("#webhook-secret")).isEmpty();

        // a port nothing listens on: the test event is refused and retried, as the page shows
        String url = "http://127.0.0.1:9/loopdesk";
        WebSession.Page saved = session.post(webhook, Map.of("url", url));
        assertThat(saved.html().select("#webhook-secret").text()).startsWith("whsec_");
        WebSession.Page again = session.get(webhook);
        assertThat(again.html().select("#webhook-secret")).as("shown once").isEmpty();
        assertThat(again.html().select("#webhook-url").attr("value")).isEqualTo(url);

        WebSession.Page tested = session.post(webhook + "/test", Map.of());
        assertThat(tested.html().select("#webhook-deliveries tbody tr")).hasSize(1);
        assertThat(tested.html().select("#webhook-deliveries pre").text()).contains("\"type\":\"ping\"");

        WebSession.Page removed = session.post(webhook + "/remove", Map.of());
        assertThat(removed.html().select("#webhook-url").attr("value")).isEmpty();
        assertThat(session.get("/admin/apps").html().select("#apps").text()).doesNotContain(url);
    }
}

package io.loopdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import io.loopdesk.testing.WebhookReceiver;
import io.loopdesk.testing.WebhookReceiver.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A tenant's own systems are told of its tickets: each webhook gets the events it chose (created, status changed,
 * assigned, message added, rated, SLA breached), signed so a receiver verifies them with its own HMAC; an event
 * given up is sent again by hand with the same id; bad settings are refused with their field, and nobody but the
 * tenant's admins sees or changes its webhooks.
 */
@IntegrationTest
class TenantWebhooksTest {

    private static final WebhookReceiver receiver = new WebhookReceiver();

    @Autowired
    Fixtures fixtures;

    @Autowired
    BackgroundWork background;

    @Autowired
    TestClock clock;

    TenantInfo tenant;
    UserView adminUser;
    Api admin;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        adminUser = fixtures.staff(tenant, Role.TENANT_ADMIN);
        admin = fixtures.api(adminUser);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void eachWebhookIsToldTheEventsItChoseSigned() {
        String everything = "/crm-" + tenant.id();
        String onlyNew = "/warehouse-" + tenant.id();
        Api.Response all = admin.post(
                "/api/v1/webhooks",
                Map.of(
                        "url", receiver.url(everything),
                        "description", "CRM",
                        "events", List.of(HookEvent.values())));
        assertThat(all.status()).as(all.body()).isEqualTo(201);
        String secret = all.text("signingSecret");
        assertThat(secret).startsWith("whsec_");
        Api.Response created = admin.post(
                "/api/v1/webhooks", Map.of("url", receiver.url(onlyNew), "events", List.of("ticket.created")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        UserView customer = fixtures.customer(tenant);
        UserView agentUser = fixtures.staff(tenant, Role.AGENT);
        Api agent = fixtures.api(agentUser);
        String number = fixtures.ticketOf(customer).number();
        assertThat(agent.put("/api/v1/tickets/" + number + "/assignee", Map.of("assigneeId", agentUser.id()))
                        .status())
                .isEqualTo(200);
        agent.post("/api/v1/tickets/" + number + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "您好，正在处理。"));
        background.advance(clock, Duration.ofDays(20));
        assertThat(agent.post("/api/v1/tickets/" + number + "/status", Map.of("status", "AWAITING_CONFIRMATION"))
                        .status())
                .isEqualTo(200);
        assertThat(fixtures.api(customer)
                        .post("/api/v1/tickets/" + number + "/status", Map.of("status", "RESOLVED"))
                        .status())
                .as("the customer confirms the solution")
                .isEqualTo(200);
        Api.Response rated = fixtures.api(customer)
                .post("/api/v1/tickets/" + number + "/rating", Map.of("overall", "SATISFIED", "comment", "谢谢"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        background.settle();

        List<Received> events = receiver.at(everything);
        assertThat(events)
                .allSatisfy(event -> assertThat(event.signedWith(secret))
                        .as("signature of " + event.body())
                        .isTrue());
        assertThat(events.stream().map(Received::type))
                .contains(
                        "ticket.created",
                        "ticket.assigned",
                        "ticket.message_added",
                        "sla.breached",
                        "ticket.status_changed",
                        "ticket.rated");
        Received rating = events.stream()
                .filter(e -> e.type().equals("ticket.rated"))
                .findFirst()
                .orElseThrow();
        assertThat(rating.json().get("data").get("ticketNumber").asString()).isEqualTo(number);
        assertThat(rating.json().get("data").get("overall").asString()).isEqualTo("SATISFIED");
        Received breach = events.stream()
                .filter(e -> e.type().equals("sla.breached"))
                .findFirst()
                .orElseThrow();
        assertThat(breach.json().get("data").get("target").asString()).isEqualTo("RESOLUTION");
        assertThat(receiver.at(onlyNew).stream().map(Received::type)).containsExactly("ticket.created");
        assertThat(receiver.at(onlyNew).getFirst().signedWith(created.text("signingSecret")))
                .isTrue();
    }

    @Test
    void anEventGivenUpIsSentAgainByHandWithItsId() {
        String path = "/gone-" + tenant.id();
        long id = admin.post("/api/v1/webhooks", Map.of("url", receiver.url(path), "events", List.of("TICKET_RATED")))
                .get("webhook")
                .get("id")
                .asLong();
        receiver.refuse(1, 410);
        assertThat(admin.post("/api/v1/webhooks/" + id + "/test", Map.of()).status())
                .isEqualTo(202);
        background.settle();
        JsonNode given =
                admin.get("/api/v1/webhooks/" + id + "/deliveries").json().get(0);
        assertThat(given.get("status").asString()).isEqualTo("FAILED");
        assertThat(given.get("lastError").asString()).contains("410");

        WebSession page = fixtures.pages(adminUser);
        WebSession.Page shown = page.get("/admin/webhooks/" + id);
        assertThat(shown.text()).contains("given up after 1 attempts");
        page.post("/admin/webhooks/" + id + "/deliveries/" + given.get("id").asLong(), Map.of());
        background.settle();

        JsonNode again =
                admin.get("/api/v1/webhooks/" + id + "/deliveries").json().get(0);
        assertThat(again.get("id").asLong()).isEqualTo(given.get("id").asLong());
        assertThat(again.get("status").asString()).isEqualTo("SENT");
        List<Received> posts = receiver.at(path);
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).id())
                .as("the same webhook-id")
                .isEqualTo(posts.get(0).id());
        assertThat(posts.get(1).type()).isEqualTo("ping");
    }

    @Test
    void aWebhookIsMadeOnThePageWithItsSecretShownOnce() {
        WebSession page = fixtures.pages(adminUser);
        WebSession.Page made = page.post(
                "/admin/webhooks",
                Map.of("url", receiver.url("/page-" + tenant.id()), "description", "数据仓库", "events", "TICKET_CREATED"));
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.html().select("#webhook-secret").text()).startsWith("whsec_");
        assertThat(made.html().select("#event-TICKET_CREATED").attr("checked")).isNotNull();
        assertThat(page.get(made.url().substring(made.url().indexOf("/admin/")))
                        .html()
                        .select("#webhook-secret"))
                .as("shown once")
                .isEmpty();
        assertThat(page.get("/admin/webhooks").html().select("#webhooks").text())
                .contains("数据仓库", "ticket.created");

        WebSession.Page refused =
                page.post("/admin/webhooks", Map.of("url", "ftp://example.com/x", "events", "TICKET_CREATED"));
        assertThat(refused.text()).contains("A webhook URL is an http:// or https:// address");
    }

    @Test
    void badSettingsAreRefusedWithTheirFieldAndOthersCannotTouchIt() {
        Api.Response badUrl = admin.post(
                "/api/v1/webhooks", Map.of("url", "javascript:alert(1)", "events", List.of("TICKET_CREATED")));
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.body()).contains("\"field\":\"url\"");
        Api.Response withPassword = admin.post(
                "/api/v1/webhooks",
                Map.of("url", "https://user:secret@example.com/hook", "events", List.of("TICKET_CREATED")));
        assertThat(withPassword.status()).isEqualTo(400);
        Api.Response noEvents =
                admin.post("/api/v1/webhooks", Map.of("url", "https://example.com/hook", "events", List.of()));
        assertThat(noEvents.status()).isEqualTo(400);
        assertThat(noEvents.body()).contains("\"field\":\"events\"");
        Api.Response unknownEvent = admin.postRaw(
                "/api/v1/webhooks", "{\"url\":\"https://example.com/hook\",\"events\":[\"ticket.exploded\"]}");
        assertThat(unknownEvent.status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/webhooks").json()).as("nothing was saved").isEmpty();

        long id = admin.post(
                        "/api/v1/webhooks",
                        Map.of("url", "https://example.com/hook", "events", List.of("SLA_BREACHED")))
                .get("webhook")
                .get("id")
                .asLong();
        Api agent = fixtures.api(fixtures.staff(tenant, Role.AGENT));
        assertThat(agent.get("/api/v1/webhooks").status()).isEqualTo(403);
        Api stranger = fixtures.api(fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN));
        assertThat(stranger.get("/api/v1/webhooks/" + id + "/deliveries").status())
                .isEqualTo(404);
        assertThat(stranger.delete("/api/v1/webhooks/" + id).status()).isEqualTo(404);
        assertThat(admin.post("/api/v1/webhooks/" + id + "/deliveries/999999/redeliver", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(admin.get("/api/v1/webhooks").json()).hasSize(1);
        assertThat(admin.delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/webhooks").json()).isEmpty();
    }
}

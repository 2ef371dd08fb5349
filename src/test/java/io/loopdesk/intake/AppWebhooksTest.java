package io.loopdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import io.loopdesk.testing.WebhookReceiver;
import io.loopdesk.testing.WebhookReceiver.Received;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.value.ResultNotice;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A brand's app server is told of its users' tickets changing: a reply from the desk and each new status, as
 * signed JSON posts to its webhook (checked here with our own HMAC, as a receiver would), retried until it answers,
 * with a new secret or URL taking effect at once; nothing for internal notes, other apps' tickets or after removal.
 */
@IntegrationTest
class AppWebhooksTest {

    private static final WebhookReceiver receiver = new WebhookReceiver();

    @Autowired
    Fixtures fixtures;

    @Autowired
    BackgroundWork background;

    @Autowired
    TestClock clock;

    @Autowired
    Notifications notifications;

    @Autowired
    TicketQueries queries;

    TenantInfo tenant;
    Api admin;
    Api staff;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.api(fixtures.staff(tenant, Role.TENANT_ADMIN));
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        staff = fixtures.api(agent);
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @Test
    void theAppServerIsToldSignedRetriedAndNoMoreOnceRemoved() {
        Api.Response registered =
                admin.post("/api/v1/feedback-apps", Map.of("name", "Acme Home", "product", "智能门锁 X2"));
        String key = registered.text("key");
        long appId = registered.get("app").get("id").asLong();
        String path = "/acme-" + appId;
        Api.Response set = admin.put("/api/v1/feedback-apps/" + appId + "/webhook", Map.of("url", url(path)));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.get("app").get("webhookUrl").asString()).isEqualTo(url(path));
        String secret = set.text("signingSecret");
        assertThat(secret).startsWith("whsec_");
        String quiet = admin.post("/api/v1/feedback-apps", Map.of("name", "Acme Camera", "product", "摄像头"))
                .text("key");

        String number = submit(key, "u-7", "门锁离线");
        String otherAppsTicket = submit(quiet, "u-7", "摄像头黑屏");
        staff.post("/api/v1/tickets/" + number + "/messages", Map.of("kind", "INTERNAL_NOTE", "body", "内部：固件问题"));
        staff.post("/api/v1/tickets/" + number + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "请问固件版本？"));
        staff.post("/api/v1/tickets/" + otherAppsTicket + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "您好"));
        staff.post(
                "/api/v1/tickets/" + number + "/progress",
                Map.of("label", "REMOTE_TROUBLESHOOTING", "details", "远程查看日志", "customerVisible", true));
        staff.post(
                "/api/v1/tickets/" + number + "/progress",
                Map.of("label", "AWAITING_RND", "details", "内部：等研发", "customerVisible", false));
        assertThat(staff.post("/api/v1/tickets/" + number + "/status", Map.of("status", "WAITING_CUSTOMER"))
                        .status())
                .isEqualTo(200);
        background.settle();

        List<Received> events = at(path).stream()
                .filter(event -> !event.type().equals("ticket.notice"))
                .toList();
        assertThat(events).allSatisfy(event -> {
            assertThat(event.signature()).isEqualTo(sign(secret, event.id(), event.timestamp(), event.body()));
            assertThat(event.json().get("data").get("ticketNumber").asString()).isEqualTo(number);
            assertThat(event.json().get("data").get("userId").asString()).isEqualTo("u-7");
        });
        assertThat(events)
                .filteredOn(event -> event.type().equals("ticket.replied"))
                .as("one public reply; the internal note is not told")
                .hasSize(1);
        assertThat(events)
                .filteredOn(event -> event.type().equals("ticket.progress"))
                .as("progress shown to the customer; not what is kept from them")
                .extracting(event -> event.json().get("data").get("label").asString())
                .containsExactly("REMOTE_TROUBLESHOOTING");
        assertThat(events)
                .filteredOn(event -> event.type().equals("ticket.status_changed"))
                .extracting(event -> event.json().get("data").get("to").asString())
                .contains("WAITING_CUSTOMER");
        assertThat(receiver.all()).noneMatch(event -> event.body().contains(otherAppsTicket));

        // the app's server is down for a moment: the event comes again, with the same id, once it is back
        receiver.refuse(1);
        int before = at(path).size();
        staff.post("/api/v1/tickets/" + number + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "已为您重置门锁。"));
        background.settle();
        assertThat(at(path)).hasSize(before + 1);
        Received refused = at(path).getLast();
        assertThat(refused.answered()).isEqualTo(503);
        background.advance(clock, Duration.ofMinutes(1));
        Received retried = at(path).getLast();
        assertThat(retried.answered()).isEqualTo(200);
        assertThat(retried.id()).isEqualTo(refused.id());
        assertThat(retried.type()).isEqualTo("ticket.replied");
        JsonNode deliveries = admin.get("/api/v1/feedback-apps/" + appId + "/webhook/deliveries")
                .json();
        assertThat(deliveries.get(0).get("status").asString()).isEqualTo("SENT");
        assertThat(deliveries.get(0).get("attempts").asInt()).isEqualTo(2);
        assertThat(deliveries.get(0).get("body").asString()).contains("ticket.replied");

        // a new secret signs at once; a new URL keeps the secret; a test event shows both
        String newSecret = admin.post("/api/v1/feedback-apps/" + appId + "/webhook/secret", Map.of())
                .text("signingSecret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(secret);
        String movedPath = path + "-moved";
        Api.Response moved = admin.put("/api/v1/feedback-apps/" + appId + "/webhook", Map.of("url", url(movedPath)));
        assertThat(moved.text("signingSecret"))
                .as("the secret stays with a new URL")
                .isNull();
        assertThat(admin.post("/api/v1/feedback-apps/" + appId + "/webhook/test", Map.of())
                        .status())
                .isEqualTo(202);
        background.settle();
        Received ping = at(movedPath).getLast();
        assertThat(ping.type()).isEqualTo("ping");
        assertThat(ping.signature()).isEqualTo(sign(newSecret, ping.id(), ping.timestamp(), ping.body()));

        // removed: the app is told nothing more
        assertThat(admin.delete("/api/v1/feedback-apps/" + appId + "/webhook").status())
                .isEqualTo(200);
        int told = receiver.all().size();
        staff.post("/api/v1/tickets/" + number + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "还在吗？"));
        background.settle();
        assertThat(receiver.all()).hasSize(told);
    }

    @Test
    void anAppWithAWebhookShowsItsUsersTheirNoticesAndTheSurveyInsteadOfATextMessage() {
        Api.Response registered =
                admin.post("/api/v1/feedback-apps", Map.of("name", "Acme Home", "product", "智能门锁 X2"));
        String key = registered.text("key");
        long appId = registered.get("app").get("id").asLong();
        String path = "/notices-" + appId;
        String secret = admin.put("/api/v1/feedback-apps/" + appId + "/webhook", Map.of("url", url(path)))
                .text("signingSecret");

        String number = submit(key, "u-8", "门锁离线");
        background.settle();
        Received received = notice(path, "survey.notice.received");
        assertThat(received.signedWith(secret)).isTrue();
        JsonNode data = received.json().get("data");
        assertThat(data.get("ticketNumber").asString()).isEqualTo(number);
        assertThat(data.get("language").asString()).isEqualTo("zh-CN");
        assertThat(data.get("subject").asString()).contains(number);

        staff.post("/api/v1/tickets/" + number + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "请重新配对门锁。"));
        staff.post("/api/v1/tickets/" + number + "/status", Map.of("status", "AWAITING_CONFIRMATION"));
        background.settle();
        String result = notice(path, "survey.notice.result")
                .json()
                .get("data")
                .get("text")
                .asString();
        assertThat(result).contains("请重新配对门锁").contains("/r/");
        // told in the app, so no text message to the contact the user left, and the result target is met
        assertThat(sentTo(number, "13812345678")).isEmpty();
        assertThat(TenantScope.inTenant(tenant.id(), () -> queries.history(number, Actor.system())))
                .anySatisfy(entry -> assertThat(List.of(entry.field(), String.valueOf(entry.newValue())))
                        .containsExactly(ResultNotice.FIELD, "SENT"));
        Matcher link = Pattern.compile("/r/([A-Za-z0-9_-]+)").matcher(result);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(WebSession.anonymous(fixtures.baseUrl(), "zh-CN")
                        .get("/r/" + token)
                        .status())
                .as("the survey link in the app's notice opens the survey")
                .isEqualTo(200);

        // without its webhook the app cannot show notices: the next user is told by text message again
        admin.delete("/api/v1/feedback-apps/" + appId + "/webhook");
        String later = submit(key, "u-9", "摄像头离线");
        background.settle();
        assertThat(sentTo(later, "13812345678")).hasSize(1);
    }

    @Test
    void badWebhookSettingsAreRefusedWithTheirFieldAndChangeNothing() {
        Api.Response registered =
                admin.post("/api/v1/feedback-apps", Map.of("name", "Acme Home", "product", "智能门锁 X2"));
        long appId = registered.get("app").get("id").asLong();
        String webhook = "/api/v1/feedback-apps/" + appId + "/webhook";
        for (String bad : List.of(
                "",
                "ftp://example.com/hook",
                "example.com/hook",
                "http://user:secret@example.com/hook",
                "https://example.com/hook#part",
                "http://exa mple.com/hook",
                "https://example.com/" + "a".repeat(500))) {
            Api.Response refused = admin.put(webhook, Map.of("url", bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.body()).contains("url");
        }
        assertThat(admin.get("/api/v1/feedback-apps")
                        .json()
                        .get(0)
                        .get("webhookUrl")
                        .isNull())
                .isTrue();
        assertThat(admin.post(webhook + "/test", Map.of()).status())
                .as("no webhook to test")
                .isEqualTo(409);
        assertThat(admin.post(webhook + "/secret", Map.of()).status()).isEqualTo(409);

        Api otherAdmin = fixtures.api(fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN));
        assertThat(otherAdmin
                        .put(webhook, Map.of("url", "https://example.com/hook"))
                        .status())
                .as("another tenant's app")
                .isEqualTo(404);
        assertThat(otherAdmin.get(webhook + "/deliveries").status()).isEqualTo(404);
        assertThat(staff.put(webhook, Map.of("url", "https://example.com/hook")).status())
                .isEqualTo(403);

        admin.delete("/api/v1/feedback-apps/" + appId);
        assertThat(admin.put(webhook, Map.of("url", "https://example.com/hook")).status())
                .as("a revoked app")
                .isEqualTo(409);
    }

    private String submit(String key, String userId, String title) {
        Map<String, Object> feedback = new HashMap<>(FeedbackApiTest.feedback());
        feedback.put("userId", userId);
        feedback.put("title", title);
        Api.Response submitted = fixtures.app(key).post("/api/v1/feedback", feedback);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        return submitted.text("ticketNumber");
    }

    private static Received notice(String path, String which) {
        List<Received> notices = at(path).stream()
                .filter(event -> event.type().equals("ticket.notice"))
                .filter(event ->
                        event.json().get("data").get("notice").asString().equals(which))
                .toList();
        assertThat(notices).as(which).hasSize(1);
        return notices.getFirst();
    }

    private List<NotificationView> sentTo(String number, String address) {
        return TenantScope.inTenant(tenant.id(), () -> notifications.aboutTicket(number)).stream()
                .filter(n -> n.address().equals(address))
                .toList();
    }

    private static List<Received> at(String path) {
        return receiver.at(path);
    }

    private static String url(String path) {
        return receiver.url(path);
    }

    private static String sign(String secret, String id, String timestamp, String body) {
        return WebhookReceiver.sign(secret, id, timestamp, body);
    }
}

package io.loopdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.RefusingSmtpServer;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Notifications leave by e-mail, SMS and in-app, survive a broken mail server, and every attempt is logged. */
@IntegrationTest
class NotificationDeliveryTest {

    @Autowired
    Notifications notifications;

    @Autowired
    LoggingSmsProvider sms;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BackgroundWork background;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void mailServerBack() {
        TestMail.start();
    }

    @Test
    void anEmailArrivesWithItsChineseSubject() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        String address = "zhang-" + System.nanoTime() + "@example.com";

        send(tenant, new Recipient.Email(address), "工单 261123-000001 等待您的回复", "您好，请补充序列号。");
        background.settle();

        List<MimeMessage> received = TestMail.to(address);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).isEqualTo("工单 261123-000001 等待您的回复");
        assertThat(received.getFirst().getContent().toString()).contains("请补充序列号");
    }

    @Test
    void eMailsShareAConnectionAndAServerRestartBetweenThemCostsNoFailedAttempt() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        String first = "first-" + System.nanoTime() + "@example.com";
        String second = "second-" + System.nanoTime() + "@example.com";
        long before = send(tenant, new Recipient.Email(first), "工单已分派", "请处理。");
        background.settle();
        assertThat(TestMail.to(first)).hasSize(1);

        // the connection the first e-mail left open is dead once the server restarts
        TestMail.stop();
        TestMail.start();
        long after = send(tenant, new Recipient.Email(second), "工单已分派", "请处理。");
        background.settle();

        assertThat(view(tenant, before).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(TestMail.to(second)).hasSize(1);
        assertThat(view(tenant, after).attempts()).isEqualTo(1);
        assertThat(TenantScope.inTenant(tenant.id(), () -> notifications.deliveryLog(List.of(after))))
                .extracting(DeliveryView::outcome)
                .containsExactly("SENT");
    }

    @Test
    void aFailedMailServerDelaysTheEmailButNeverLosesIt() {
        TenantInfo tenant = fixtures.tenant();
        String address = "retry-" + System.nanoTime() + "@example.com";
        TestMail.stop();

        long id = send(tenant, new Recipient.Email(address), "Reminder", "Please answer.");
        background.settle();
        NotificationView failedOnce = view(tenant, id);
        assertThat(failedOnce.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastError()).startsWith("SMTP");

        // the first retry waits 30 s, the second 60 s: both fail while the server is down
        background.advance(clock, Duration.ofSeconds(31));
        background.advance(clock, Duration.ofSeconds(61));
        assertThat(view(tenant, id).attempts()).isEqualTo(3);

        TestMail.start();
        background.advance(clock, Duration.ofSeconds(121));

        assertThat(view(tenant, id).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(TestMail.to(address)).hasSize(1);
        List<DeliveryView> log = TenantScope.inTenant(tenant.id(), () -> notifications.deliveryLog(List.of(id)));
        assertThat(log).extracting(DeliveryView::outcome).containsExactly("FAILED", "FAILED", "FAILED", "SENT");
    }

    @Test
    void anEmailTheServerRefusesForGoodFailsAtOnceAndIsNotTriedAgain() {
        TenantInfo tenant = fixtures.tenant();
        String address = "refused-" + System.nanoTime() + "@example.com";
        background.settle();
        TestMail.stop();
        try (RefusingSmtpServer refusing = RefusingSmtpServer.start(
                TestMail.PORT, RefusingSmtpServer.Stage.RCPT, "554 5.7.1 Relay access denied")) {

            long id = send(tenant, new Recipient.Email(address), "工单已分派", "请处理。");
            // a connection kept open to the server that went away may cost an attempt first; the refusal ends it
            background.advance(clock, Duration.ofMinutes(5));
            List<DeliveryView> log = deliveryLog(tenant, id);
            background.advance(clock, Duration.ofHours(6));

            NotificationView failed = view(tenant, id);
            assertThat(failed.status()).isEqualTo(NotificationStatus.FAILED);
            assertThat(failed.lastError()).contains("554 5.7.1 Relay access denied");
            assertThat(log.getLast().outcome()).isEqualTo("GAVE_UP");
            assertThat(deliveryLog(tenant, id)).as("never tried again").isEqualTo(log);
            assertThat(refusing.offeredTo(address))
                    .as("offered to the server once")
                    .isEqualTo(1);
        }
    }

    @Test
    void anEmailTheServerDefersIsTriedAgainUntilItIsTaken() {
        TenantInfo tenant = fixtures.tenant();
        String address = "deferred-" + System.nanoTime() + "@example.com";
        background.settle();
        TestMail.stop();
        long id;
        try (RefusingSmtpServer deferring =
                RefusingSmtpServer.start(TestMail.PORT, RefusingSmtpServer.Stage.RCPT, "451 4.3.0 Try again later")) {
            id = send(tenant, new Recipient.Email(address), "工单已分派", "请处理。");
            background.advance(clock, Duration.ofMinutes(1));

            assertThat(view(tenant, id).status()).isEqualTo(NotificationStatus.PENDING);
            assertThat(deliveryLog(tenant, id))
                    .anySatisfy(attempt -> assertThat(attempt.detail()).contains("451 4.3.0 Try again later"))
                    .allSatisfy(attempt -> assertThat(attempt.outcome()).isEqualTo("FAILED"));
        }
        TestMail.start();
        background.advance(clock, Duration.ofMinutes(10));
        background.advance(clock, Duration.ofMinutes(10));

        assertThat(view(tenant, id).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(TestMail.to(address)).hasSize(1);
    }

    private List<DeliveryView> deliveryLog(TenantInfo tenant, long id) {
        return TenantScope.inTenant(tenant.id(), () -> notifications.deliveryLog(List.of(id)));
    }

    @Test
    void aTextMessageGoesThroughTheLoggingProvider() {
        TenantInfo tenant = fixtures.tenant();
        String text = "您的工单等待回复 " + System.nanoTime();

        long id = send(tenant, new Recipient.Mobile("138 1234 1234"), "", text);
        background.settle();

        assertThat(sms.recent()).anySatisfy(message -> {
            assertThat(message.mobile()).isEqualTo("13812341234");
            assertThat(message.text()).isEqualTo(text);
        });
        assertThat(view(tenant, id).status()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void staffSeeTheirInAppNotificationsAndTheUnreadCount() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);

        long id = send(
                tenant, new Recipient.StaffUser(agent.id()), "SLA warning 261123-000001", "75% of the time is gone.");

        // in the inbox as soon as the sending transaction committed, with its line in the delivery log
        assertThat(view(tenant, id).status()).isEqualTo(NotificationStatus.SENT);
        assertThat(TenantScope.inTenant(tenant.id(), () -> notifications.deliveryLog(List.of(id))))
                .singleElement()
                .satisfies(attempt -> assertThat(attempt.provider()).isEqualTo("in-app"));
        JsonNode inbox = fixtures.api(agent).get("/api/v1/notifications").json();
        assertThat(inbox.get("unread").asLong()).isEqualTo(1);
        assertThat(inbox.get("notifications").get(0).get("subject").asString()).isEqualTo("SLA warning 261123-000001");
        fixtures.api(agent).post("/api/v1/notifications/read", java.util.Map.of());
        assertThat(fixtures.api(agent)
                        .get("/api/v1/notifications")
                        .json()
                        .get("unread")
                        .asLong())
                .isZero();
    }

    @Test
    void theInboxApiSpeaksTheLanguageOfAcceptLanguageAndWithoutItTheOneTheNoticeWasSentIn() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        TenantScope.inTenant(
                tenant.id(),
                () -> notifications.send(NotificationRequest.now(
                        tenant.id(),
                        new Recipient.StaffUser(agent.id()),
                        Phrase.of("sla.notice.breach.subject", "261123-000001", Phrase.of("sla.target.RESOLUTION")),
                        Phrase.of("sla.notice.breach.callCustomer"),
                        null)));

        assertThat(subjectOfFirst(fixtures.api(agent).withHeader("Accept-Language", "en-GB,en;q=0.8")))
                .isEqualTo("SLA missed: 261123-000001 Resolution");
        assertThat(subjectOfFirst(fixtures.api(agent).withHeader("Accept-Language", "zh-TW,zh;q=0.9")))
                .isEqualTo("时效超时：261123-000001 解决");
        assertThat(subjectOfFirst(fixtures.api(agent)))
                .as("the tenant's language, the agent having chosen none")
                .isEqualTo("时效超时：261123-000001 解决");
    }

    private static String subjectOfFirst(Api api) {
        return api.get("/api/v1/notifications")
                .json()
                .get("notifications")
                .get(0)
                .get("subject")
                .asString();
    }

    @Test
    void aNoticeStoredAsTextBeforePhrasesKeepsShowingItsTextInEveryLanguage() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        Instant then = clock.instant().minus(Duration.ofDays(30));
        jdbc.sql("""
                        insert into notification (id, tenant_id, channel, address, user_id, subject, body, status,
                            attempts, created_at, not_before, sent_at, version)
                        values (?, ?, 'IN_APP', ?, ?, '旧通知', '升级之前写下的通知。', 'SENT', 1, ?, ?, ?, 0)""")
                .params(
                        9_000_000_000L + agent.id(),
                        tenant.id(),
                        "user:" + agent.id(),
                        agent.id(),
                        Timestamp.from(then),
                        Timestamp.from(then),
                        Timestamp.from(then))
                .update();

        for (Locale reader : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            assertThat(TenantScope.inTenant(tenant.id(), () -> notifications.inbox(agent.id(), reader)))
                    .singleElement()
                    .satisfies(n -> {
                        assertThat(n.subject()).isEqualTo("旧通知");
                        assertThat(n.body()).isEqualTo("升级之前写下的通知。");
                    });
        }
    }

    @Test
    void aNotificationHeldBackIsDeliveredOnlyWhenItsTimeComes() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);

        long id = TenantScope.inTenant(
                tenant.id(),
                () -> notifications.send(new NotificationRequest(
                        tenant.id(),
                        new Recipient.StaffUser(agent.id()),
                        Phrase.of("text.plain", "Held"),
                        Phrase.of("text.plain", "Delivered at the next opening"),
                        null,
                        clock.instant().plus(Duration.ofHours(2)),
                        null,
                        null)));
        background.settle();
        assertThat(view(tenant, id).status()).isEqualTo(NotificationStatus.PENDING);

        background.advance(clock, Duration.ofHours(2));
        assertThat(view(tenant, id).status()).isEqualTo(NotificationStatus.SENT);
    }

    private long send(TenantInfo tenant, Recipient to, String subject, String body) {
        return TenantScope.inTenant(
                tenant.id(),
                () -> notifications.send(NotificationRequest.now(
                        tenant.id(), to, Phrase.of("text.plain", subject), Phrase.of("text.plain", body), null)));
    }

    private NotificationView view(TenantInfo tenant, long id) {
        return TenantScope.inTenant(tenant.id(), () -> notifications.byId(id));
    }
}

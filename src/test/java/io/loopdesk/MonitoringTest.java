package io.loopdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.sla.calendar.CalendarDraft;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestNodes;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What an operator's Prometheus reads from {@code /actuator/prometheus} after real work on a node of its own:
 * tickets in by channel and plan, a ticket closed, the assignment queue, failed sign-ins, timers falling late while
 * no node polls, SLA breaches once they fire, notices failing against a dead mail server, a reply waiting in the
 * one outbox of e-mails, and the response-time histogram the alert rules read.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class MonitoringTest {

    private static final String PASSWORD = Fixtures.PASSWORD;

    @Test
    void theMetricsOnThePrometheusEndpointFollowWhatHappens() throws Exception {
        TestClock clock = new TestClock(Instant.now());
        GreenMail imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
        imap.start();
        imap.setUser("support@metrics.example", "support", "imap-secret");
        Map<String, Object> settings = new LinkedHashMap<>();
        // timers wait for the test to poll, so they fall late as on a node that stopped polling
        settings.put("db-scheduler.polling-interval", "1h");
        settings.put("spring.mail.port", deadPort());
        settings.put("loopdesk.mail.poll-interval", "PT24H");
        settings.put("loopdesk.mail.watch-interval", "PT24H");
        try (ConfigurableApplicationContext node = TestNodes.start("metrics", clock, settings)) {
            String base = "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
            TenantInfo tenant = tenant(node);
            Api operator = Api.basic(base, user(node, tenant, "m-operator", Role.PLATFORM_OPERATOR), PASSWORD);
            Api agent = Api.basic(base, user(node, tenant, "m-agent", Role.AGENT), PASSWORD);
            Api supervisor = Api.basic(base, user(node, tenant, "m-supervisor", Role.SUPERVISOR), PASSWORD);
            Api admin = Api.basic(base, user(node, tenant, "m-admin", Role.TENANT_ADMIN), PASSWORD);
            Api customer = Api.basic(base, customer(node, tenant), PASSWORD);
            assertThat(Api.basic(base, "m-agent", "not-the-password")
                            .get("/api/v1/tickets")
                            .status())
                    .isEqualTo(401);

            String web =
                    customer.post("/api/v1/tickets", Fixtures.validTicketJson()).text("number");
            agent.post("/api/v1/tickets", Fixtures.validTicketJson());
            String closed =
                    agent.post("/api/v1/tickets", Fixtures.validTicketJson()).text("number");
            assertThat(supervisor
                            .post("/api/v1/tickets/" + closed + "/status", Map.of("status", "CLOSED", "reason", "重复提交"))
                            .status())
                    .isEqualTo(200);
            String email = emailTicket(imap, admin);
            assertThat(agent.post(
                                    "/api/v1/tickets/" + email + "/messages",
                                    Map.of("kind", "PUBLIC_REPLY", "body", "您好，我们正在处理，请稍候。"))
                            .status())
                    .isEqualTo(201);
            BackgroundWork.of(node).settle();

            // the reply waits for its mailbox's SMTP server (a dead port) in the one outbox of e-mails
            Scrape now = until(operator, s -> s.value("loopdesk_notifications_pending") >= 1);
            assertThat(now.value("loopdesk_tickets_opened_total", "channel=\"web\"", "plan=\"enterprise\""))
                    .isEqualTo(1);
            assertThat(now.value("loopdesk_tickets_opened_total", "channel=\"phone\"", "plan=\"enterprise\""))
                    .isEqualTo(2);
            assertThat(now.value("loopdesk_tickets_opened_total", "channel=\"email\"", "plan=\"enterprise\""))
                    .isEqualTo(1);
            assertThat(now.value("loopdesk_tickets_status_changes_total", "to=\"closed\""))
                    .isEqualTo(1);
            assertThat(now.value("loopdesk_routing_queue_depth"))
                    .as("nobody is on duty: every open ticket waits")
                    .isEqualTo(3);
            assertThat(now.value("loopdesk_auth_failures_total", "kind=\"bad_credentials\""))
                    .isEqualTo(1);
            assertThat(now.value("loopdesk_timers_lag_seconds")).isZero();
            assertThat(now.value("loopdesk_sla_breaches_total", "target=\"first_response\""))
                    .isZero();
            assertThat(now.value("loopdesk_mail_outbox_pending"))
                    .as("no second outbox")
                    .isZero();
            assertThat(now.value("http_server_requests_seconds_bucket", "uri=\"/api/v1/tickets\""))
                    .as("the response-time histogram behind the p95/p99 alerts")
                    .isPositive();

            clock.advance(Duration.ofDays(3));
            Scrape late = until(operator, s -> s.value("loopdesk_timers_due") > 0);
            assertThat(late.value("loopdesk_timers_lag_seconds"))
                    .as("the first warning fell due days ago and no node has polled")
                    .isGreaterThan(Duration.ofDays(2).toSeconds());
            assertThat(late.value("loopdesk_routing_queue_oldest_wait_seconds"))
                    .isGreaterThanOrEqualTo(Duration.ofDays(3).toSeconds());

            node.getBean(Timers.class).checkNow();
            BackgroundWork.of(node).settle();
            Scrape after = until(
                    operator,
                    s -> s.value("loopdesk_timers_due") == 0
                            && s.value(
                                            "loopdesk_notifications_failures_total",
                                            "channel=\"email\"",
                                            "outcome=\"retry\"")
                                    > 0);
            assertThat(after.value("loopdesk_timers_lag_seconds")).isZero();
            assertThat(after.value("loopdesk_sla_breaches_total", "target=\"first_response\""))
                    .as("missed by the web and the phone ticket; the e-mail was answered, the closed one stopped")
                    .isEqualTo(2);
            assertThat(after.value("loopdesk_notifications_pending"))
                    .as("the breach e-mails wait for the mail server")
                    .isPositive();
            assertThat(after.value("loopdesk_notifications_oldest_due_seconds")).isGreaterThanOrEqualTo(0);
            assertThat(web).isNotBlank();
        } finally {
            imap.stop();
        }
    }

    /** A mail read from the support mailbox becomes a ticket of channel EMAIL; its number. */
    private static String emailTicket(GreenMail imap, Api admin) throws Exception {
        Map<String, Object> mailbox = new LinkedHashMap<>();
        mailbox.put("name", "Support");
        mailbox.put("address", "support@metrics.example");
        mailbox.put("protocol", "IMAP");
        mailbox.put("host", "127.0.0.1");
        mailbox.put("port", imap.getImap().getPort());
        mailbox.put("username", "support");
        mailbox.put("password", "imap-secret");
        mailbox.put("folder", "INBOX");
        mailbox.put("smtpHost", "127.0.0.1");
        mailbox.put("smtpPort", deadPort());
        mailbox.put("smtpSecurity", "NONE");
        mailbox.put("enabled", true);
        long id = admin.post("/api/v1/mailboxes", mailbox).get("id").asLong();
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("zhang.wei@example.com", "张伟", "UTF-8"));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "support@metrics.example");
        message.setSubject("门锁离线", "UTF-8");
        message.setText("从昨天开始门锁一直离线，重启路由器也没有用，App 里一直显示离线。", "UTF-8");
        message.saveChanges();
        imap.getUserManager().getUserByEmail("support@metrics.example").deliver(message);
        assertThat(admin.post("/api/v1/mailboxes/" + id + "/read", Map.of())
                        .get("handled")
                        .asInt())
                .isEqualTo(1);
        return admin.get("/api/v1/mailboxes/" + id + "/received")
                .json()
                .get(0)
                .get("ticketNumber")
                .asString();
    }

    /** Scrapes until {@code ready} holds (gauges are read at most every five seconds). */
    private static Scrape until(Api operator, Predicate<Scrape> ready) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Scrape.of(operator), ready);
    }

    /** One scrape of the Prometheus endpoint. */
    private record Scrape(List<String> lines) {

        static Scrape of(Api operator) {
            Api.Response response = operator.get("/actuator/prometheus");
            assertThat(response.status()).isEqualTo(200);
            return new Scrape(Arrays.asList(response.body().split("\n")));
        }

        /** Loopdesk's own samples only: what a failed wait prints. */
        @Override
        public String toString() {
            return String.join(
                    "\n", lines.stream().filter(l -> l.startsWith("loopdesk_")).toList());
        }

        /** The sample's value, summed over the series matching every label (0 when there is none). */
        double value(String name, String... labels) {
            return lines.stream()
                    .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                    .filter(l -> Arrays.stream(labels).allMatch(l::contains))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                    .sum();
        }
    }

    private static TenantInfo tenant(ConfigurableApplicationContext node) {
        TenantInfo tenant = TenantScope.asSystem(() -> node.getBean(Tenants.class)
                .register(
                        "metrics", "Metrics", Plan.ENTERPRISE, ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE));
        Map<DayOfWeek, String> always = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            always.put(day, "00:00-24:00");
        }
        node.getBean(Calendars.class)
                .save(
                        tenant.id(),
                        null,
                        new CalendarDraft("Asia/Shanghai", always, List.of()),
                        Actor.system(tenant.id()));
        return tenant;
    }

    private static String user(ConfigurableApplicationContext node, TenantInfo tenant, String name, Role role) {
        TenantScope.asSystem(() -> node.getBean(UserAccounts.class)
                .create(
                        tenant.id(),
                        new NewUser(name, name, name + "@metrics.example", null, Set.of(role), CustomerLevel.STANDARD),
                        PASSWORD));
        return name;
    }

    private static String customer(ConfigurableApplicationContext node, TenantInfo tenant) {
        TenantScope.asSystem(() -> node.getBean(UserAccounts.class)
                .create(
                        tenant.id(),
                        NewUser.customer(
                                "m-customer",
                                "客户",
                                "m-customer@metrics.example",
                                "13812341234",
                                CustomerLevel.STANDARD),
                        PASSWORD));
        return "m-customer";
    }

    private static int deadPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

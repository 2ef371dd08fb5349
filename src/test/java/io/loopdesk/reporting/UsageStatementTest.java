package io.loopdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.chat.ChatEnding;
import io.loopdesk.chat.Chats;
import io.loopdesk.chat.VisitorStart;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.Presence;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.Race;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestMail;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Metering of hosted support: each app feedback and each e-mail ticket is one billed unit, however often an app
 * retries or races itself; the monthly statement's counts equal the tickets, read as JSON, CSV and PDF by the
 * tenant's admin and sent by a platform operator; nobody else reads it.
 */
@IntegrationTest
class UsageStatementTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TestClock clock;

    @Autowired
    BackgroundWork background;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Chats chats;

    @Autowired
    ChatEnding ending;

    @Autowired
    Presence presence;

    TenantInfo tenant;
    UserView admin;
    String appKey;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenantIn(SHANGHAI, java.util.Locale.SIMPLIFIED_CHINESE);
        admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        Api.Response app =
                fixtures.api(admin).post("/api/v1/feedback-apps", Map.of("name", "Acme Home", "product", "智能门锁 X2"));
        assertThat(app.status()).as(app.body()).isEqualTo(201);
        appKey = app.text("key");
    }

    @Test
    void retriesAndRacesAreBilledOnceAndTheStatementEqualsTheTickets() throws Exception {
        // 23:30 in Shanghai on 30 November: billed on that day in the tenant's zone, though it is the 30th in UTC
        clock.set(LocalDateTime.of(2026, 11, 30, 23, 30).atZone(SHANGHAI).toInstant());
        Api retrying = fixtures.app(appKey).withHeader("Idempotency-Key", "retry-" + UUID.randomUUID());
        Map<String, Object> once = feedback();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(retrying.post("/api/v1/feedback", once).status()).isIn(200, 201);
        }
        for (int round = 0; round < 2; round++) {
            Api racing = fixtures.app(appKey).withHeader("Idempotency-Key", "race-" + UUID.randomUUID());
            Map<String, Object> same = feedback();
            assertThat(Race.of(6, i -> racing.post("/api/v1/feedback", same).status()))
                    .allSatisfy(status -> assertThat(status).isIn(200, 201));
        }
        UserView customer = fixtures.customer(tenant);
        clock.set(LocalDateTime.of(2026, 11, 12, 9, 0).atZone(SHANGHAI).toInstant());
        tickets.open(tenant.id(), Channel.EMAIL, Fixtures.validTicket().build(), Fixtures.actor(customer));
        tickets.open(tenant.id(), Channel.EMAIL, Fixtures.validTicket().build(), Fixtures.actor(customer));
        tickets.open(tenant.id(), Channel.WEB, Fixtures.validTicket().build(), Fixtures.actor(customer));
        clock.set(LocalDateTime.of(2026, 12, 1, 0, 5).atZone(SHANGHAI).toInstant());
        tickets.open(tenant.id(), Channel.EMAIL, Fixtures.validTicket().build(), Fixtures.actor(customer));

        Api api = fixtures.api(admin);
        Api.Response november = api.get("/api/v1/tenants/" + tenant.id() + "/usage?month=2026-11");
        assertThat(november.status()).as(november.body()).isEqualTo(200);
        assertThat(november.get("appFeedback").asLong())
                .as("one unit per app feedback, the tickets the app made")
                .isEqualTo(3)
                .isEqualTo(tickets("APP"));
        assertThat(november.get("email").asLong()).isEqualTo(2).isEqualTo(tickets("EMAIL") - 1);
        assertThat(november.get("total").asLong()).isEqualTo(5);
        assertThat(november.get("days")).hasSize(30);
        assertThat(november.get("days").get(29).get("appFeedback").asLong()).isEqualTo(3);
        assertThat(api.get("/api/v1/tenants/" + tenant.id() + "/usage?month=2026-12")
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/v1/tenants/" + tenant.id() + "/usage")
                        .get("month")
                        .asString())
                .as("the last whole month by default")
                .isEqualTo("2026-11");

        Api.Download csv = api.download("/api/v1/tenants/" + tenant.id() + "/usage?month=2026-11&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("loopdesk-usage-" + tenant.code() + "-2026-11.csv");
        String lines = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(lines).contains("2026-11-30,3,0,3", "2026-11-12,0,2,2");

        WebSession page = fixtures.pages(admin);
        WebSession.Page shown = page.get("/usage?month=2026-11");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.html().select("#u-total").text()).isEqualTo("5");
        assertThat(shown.html().select("#u-send")).as("only operators send").isEmpty();
        Api.Download pdf = page.download("/usage/statement.pdf?month=2026-11");
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(text(pdf.body()))
                .contains(tenant.name(), "2026-11", "App feedback 2 E-mail tickets 5 Total", "2026-11-30 3 0 3");
    }

    @Test
    void anOperatorSendsTheStatementToTheTenantsAdminsWithItsPdf() throws Exception {
        clock.set(LocalDateTime.of(2026, 11, 3, 10, 0).atZone(SHANGHAI).toInstant());
        Api.Response submitted = fixtures.app(appKey).post("/api/v1/feedback", feedback());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        UserView operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);

        WebSession console = fixtures.pages(operator);
        WebSession.Page shown = console.get("/usage?tenant=" + tenant.id() + "&month=2026-11");
        assertThat(shown.html().select("#u-app").text()).isEqualTo("1");
        WebSession.Page sent = console.post("/usage/send?tenant=" + tenant.id() + "&month=2026-11", Map.of());
        assertThat(sent.html().select("#usage-sent").text()).contains("1");
        background.settle();

        List<MimeMessage> received = TestMail.to(admin.email());
        MimeMessage statement = received.stream()
                .filter(m -> subject(m).startsWith("服务用量账单 2026-11"))
                .findFirst()
                .orElseThrow();
        Part attached = ((Multipart) statement.getContent()).getBodyPart(1);
        assertThat(attached.getFileName()).isEqualTo("loopdesk-usage-" + tenant.code() + "-2026-11.pdf");
        try (InputStream in = attached.getInputStream()) {
            assertThat(text(in.readAllBytes())).contains("服务用量账单", tenant.name());
        }
        assertThat(fixtures.api(operator)
                        .post("/api/v1/tenants/" + tenant.id() + "/usage/send?month=2026-11", Map.of())
                        .get("recipients")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void badRequestsAreExplainedAndOthersDoNotReadIt() {
        Api api = fixtures.api(admin);
        String usage = "/api/v1/tenants/" + tenant.id() + "/usage";

        Api.Response badMonth = api.get(usage + "?month=2026-13");
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.body()).contains("month", "2026-11");
        Api.Response badFormat = api.get(usage + "?format=xml");
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.body()).contains("json, csv or pdf");
        assertThat(api.post(usage + "/send", Map.of()).status())
                .as("a tenant admin does not send")
                .isEqualTo(403);

        UserView agent = fixtures.staff(tenant, Role.AGENT);
        assertThat(fixtures.api(agent).get(usage).status()).isEqualTo(403);
        TenantInfo other = fixtures.tenant();
        UserView otherAdmin = fixtures.staff(other, Role.TENANT_ADMIN);
        assertThat(fixtures.api(otherAdmin).get(usage).status())
                .as("another tenant's statement is as if it did not exist")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tenants/987654321/usage").status()).isEqualTo(404);
        assertThat(fixtures.pages(otherAdmin)
                        .get("/usage?tenant=" + tenant.id())
                        .status())
                .isEqualTo(404);
    }

    /** The tenant's tickets of a channel, as the database holds them. */
    private long tickets(String channel) {
        return jdbc.sql("select count(*) from ticket where tenant_id = ? and channel = ?")
                .params(tenant.id(), channel)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> feedback() {
        Map<String, Object> body = new HashMap<>();
        body.put("userId", "u-" + UUID.randomUUID());
        body.put("contact", "13812345678");
        body.put("contactName", "王女士");
        body.put("type", "FAULT");
        body.put("title", "门锁离线");
        body.put("description", Fixtures.DESCRIPTION);
        return body;
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void liveChatIsBilledByItsOnlineMinutesFromTheFirstAgentMessageOnceAndAnUnansweredChatCostsNothing() {
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        presence.goOnDuty(Fixtures.actor(agent));
        background.settle();
        // 23:58 on 30 November in Shanghai: answered a minute later, ended on 1 December
        clock.set(LocalDateTime.of(2026, 11, 30, 23, 58).atZone(SHANGHAI).toInstant());
        VisitorStart answered = chats.start(tenant.code(), "按时长计费");
        VisitorStart unanswered = chats.start(tenant.code(), "无人应答");
        clock.advance(Duration.ofMinutes(1));
        TenantScope.inTenant(tenant.id(), () -> {
            chats.fromVisitor(answered.chatId(), "v-1", "门锁没反应");
            chats.fromVisitor(unanswered.chatId(), "v-1", "在吗");
            return chats.fromAgent(answered.chatId(), Fixtures.actor(agent), "a-1", "您好");
        });
        clock.advance(Duration.ofSeconds(61)); // two minutes begun
        // both sides end it at once: it ends once and is counted once
        Race.of(4, i -> TenantScope.inTenant(tenant.id(), () -> ending.end(answered.chatId(), null)));
        TenantScope.inTenant(tenant.id(), () -> ending.end(unanswered.chatId(), null));

        Api api = fixtures.api(admin);
        Api.Response december = api.get("/api/v1/tenants/" + tenant.id() + "/usage?month=2026-12");
        assertThat(december.get("chatMinutes").asLong()).isEqualTo(2);
        assertThat(december.get("total").asLong())
                .as("chat minutes are billed apart from units")
                .isZero();
        assertThat(api.get("/api/v1/tenants/" + tenant.id() + "/usage?month=2026-11")
                        .get("chatMinutes")
                        .asLong())
                .isZero();
        assertThat(jdbc.sql("select count(*) from usage_chat where tenant_id = ?")
                        .param(tenant.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        String csv = new String(
                api.download("/api/v1/tenants/" + tenant.id() + "/usage?month=2026-12&format=csv")
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("2026-12-01,0,0,0,2");
        WebSession.Page page = fixtures.pages(admin).get("/usage?month=2026-12");
        assertThat(page.html().select("#u-chat").text()).isEqualTo("2");
        assertThat(page.html().select("#usage-days tbody tr")).hasSize(1);
    }
}

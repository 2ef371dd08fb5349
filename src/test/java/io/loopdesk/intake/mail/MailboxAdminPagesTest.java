package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mailbox admin page's buttons over HTTP: test the connection, read now, download a received mail as it came.
 * A wrong password is shown as the failure; agents and other tenants' admins reach none of it. The mail server is a
 * GreenMail of this test on free ports.
 */
@IntegrationTest
class MailboxAdminPagesTest {

    @RegisterExtension
    static final GreenMailExtension server = new GreenMailExtension(
                    ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.SMTP, ServerSetupTest.IMAP}))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(SupportMailbox.ADDRESS, "support", "secret"))
            .withPerMethodLifecycle(true);

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    UserView admin;
    WebSession pages;
    long mailbox;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        pages = fixtures.pages(admin.username());
        Api.Response created = fixtures.api(admin).post("/api/v1/mailboxes", settings("secret"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        mailbox = created.get("id").asLong();
        pages.get("/admin/mailboxes");
    }

    @Test
    void theConnectionTestSaysItWorksOrWhyNot() {
        WebSession.Page works = pages.post("/admin/mailboxes/" + mailbox + "/test", Map.of());
        assertThat(works.url()).endsWith("/admin/mailboxes?show=" + mailbox);
        assertThat(works.text()).contains("The connection works.");

        fixtures.api(admin).put("/api/v1/mailboxes/" + mailbox, settings("wrong-password"));
        WebSession.Page refused = pages.post("/admin/mailboxes/" + mailbox + "/test", Map.of());
        assertThat(refused.text()).doesNotContain("The connection works.");
        assertThat(refused.html().select(".alert.error")).isNotEmpty();
    }

    @Test
    void readNowTurnsTheWaitingMailIntoATicketAndTheMailCanBeDownloadedAsItCame() throws Exception {
        switchOn();
        SupportMailbox.deliver(server, mail("门锁离线", "门锁从昨天开始离线，App 里显示无法连接，请帮忙处理。"));

        WebSession.Page read = pages.post("/admin/mailboxes/" + mailbox + "/read", Map.of());
        // switched on, the application's own polling (or its IMAP IDLE watch) may have read it first, or be reading
        // it right now: then this reading handled none, and the mail is listed once that reading is done
        assertThat(read.text()).containsAnyOf("1 mail(s) handled.", "0 mail(s) handled.");
        long inbound = onlyReceived();
        assertThat(pages.get("/admin/mailboxes?show=" + mailbox)
                        .html()
                        .select("#received")
                        .text())
                .contains("门锁离线");
        assertThat(fixtures.api(admin)
                        .get("/api/v1/mailboxes/" + mailbox + "/received")
                        .json()
                        .get(0)
                        .get("outcome")
                        .asString())
                .isEqualTo("OPENED");

        Api.Download raw = pages.download("/admin/mailboxes/received/" + inbound + ".eml");
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.header("Content-Type")).startsWith("message/rfc822");
        assertThat(raw.header("Content-Disposition")).contains("attachment", "mail-" + inbound + ".eml");
        assertThat(new String(raw.body(), StandardCharsets.UTF_8)).contains("Message-ID: <page-test-");

        assertThat(pages.post("/admin/mailboxes/" + mailbox + "/read", Map.of()).text())
                .contains("0 mail(s) handled.");
    }

    @Test
    void agentsAndOtherTenantsAdminsReachNeitherTheButtonsNorTheMail() throws Exception {
        switchOn();
        SupportMailbox.deliver(server, mail("无法登录", "今天早上开始无法登录 App，提示密码错误，请帮忙看看。"));
        pages.post("/admin/mailboxes/" + mailbox + "/read", Map.of());
        long inbound = onlyReceived();

        WebSession agent = fixtures.pages(fixtures.staff(tenant, Role.AGENT).username());
        agent.get("/workspace");
        assertThat(agent.post("/admin/mailboxes/" + mailbox + "/test", Map.of()).status())
                .isEqualTo(403);
        assertThat(agent.post("/admin/mailboxes/" + mailbox + "/read", Map.of()).status())
                .isEqualTo(403);
        assertThat(agent.download("/admin/mailboxes/received/" + inbound + ".eml")
                        .status())
                .isEqualTo(403);

        UserView stranger = fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN);
        WebSession theirs = fixtures.pages(stranger.username());
        theirs.get("/admin/mailboxes");
        assertThat(theirs.post("/admin/mailboxes/" + mailbox + "/test", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(theirs.post("/admin/mailboxes/" + mailbox + "/read", Map.of())
                        .status())
                .isEqualTo(404);
        Api.Download notTheirs = theirs.download("/admin/mailboxes/received/" + inbound + ".eml");
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(new String(notTheirs.body(), StandardCharsets.UTF_8)).doesNotContain("无法登录");
    }

    /** The id of the one mail read from the mailbox, once whichever reading took it is done. */
    private long onlyReceived() {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> fixtures.api(admin)
                                .get("/api/v1/mailboxes/" + mailbox + "/received")
                                .json(),
                        list -> list.size() == 1)
                .get(0)
                .get("id")
                .asLong();
    }

    private Map<String, Object> settings(String password) {
        return settings(password, false);
    }

    /** Switched on, the mailbox may also be read by the application's own polling; "read now" races it. */
    private void switchOn() {
        assertThat(fixtures.api(admin)
                        .put("/api/v1/mailboxes/" + mailbox, settings("secret", true))
                        .status())
                .isEqualTo(200);
    }

    private Map<String, Object> settings(String password, boolean enabled) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("name", "Support");
        settings.put("address", SupportMailbox.ADDRESS);
        settings.put("protocol", "IMAP");
        settings.put("host", "localhost");
        settings.put("port", server.getImap().getPort());
        settings.put("username", "support");
        settings.put("password", password);
        settings.put("folder", "INBOX");
        settings.put("smtpHost", "localhost");
        settings.put("smtpPort", server.getSmtp().getPort());
        settings.put("smtpSecurity", "NONE");
        settings.put("enabled", enabled);
        return settings;
    }

    private static byte[] mail(String subject, String body) {
        String raw = "From: 张伟 <zhang.wei@example.com>\r\n"
                + "To: " + SupportMailbox.ADDRESS + "\r\n"
                + "Subject: =?UTF-8?B?"
                + java.util.Base64.getEncoder().encodeToString(subject.getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Message-ID: <page-test-" + System.nanoTime() + "@example.com>\r\n"
                + "Date: Fri, 4 Dec 2026 09:00:00 +0800\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                + body + "\r\n";
        return raw.getBytes(StandardCharsets.UTF_8);
    }
}

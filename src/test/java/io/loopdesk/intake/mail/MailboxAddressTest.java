package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A tenant has one mailbox per address: a second one is refused with the address named, nothing stored. */
@IntegrationTest
class MailboxAddressTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailboxes mailboxes;

    UserView admin;

    @BeforeEach
    void setUp() {
        admin = fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN);
    }

    @Test
    void aSecondMailboxWithTheSameAddressIsAConflictNamingTheAddress() {
        Api api = fixtures.api(admin);
        assertThat(api.post("/api/v1/mailboxes", json("support@acme.test")).status())
                .isEqualTo(201);

        Api.Response second = api.post("/api/v1/mailboxes", json("Support@ACME.test"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.isProblem()).isTrue();
        assertThat(second.text("detail")).contains("Support@ACME.test");
        assertThat(second.get("errors").get(0).get("field").asString()).isEqualTo("address");
        assertThat(second.get("errors").get(0).get("code").asString()).isEqualTo("mail.address.taken");
        assertThat(api.get("/api/v1/mailboxes").json()).hasSize(1);
    }

    @Test
    void changingAMailboxToAnotherOnesAddressIsRefusedToo() {
        Api api = fixtures.api(admin);
        api.post("/api/v1/mailboxes", json("support@acme.test"));
        long sales =
                api.post("/api/v1/mailboxes", json("sales@acme.test")).get("id").asLong();

        Api.Response changed = api.put("/api/v1/mailboxes/" + sales, json("support@acme.test"));

        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.text("detail")).contains("support@acme.test");
    }

    @Test
    void theMailboxFormShowsTheTakenAddressNextToItsFieldInTheReadersLanguage() {
        Map<String, String> form = form("support@acme.test");
        WebSession english = WebSession.signedIn(fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD, "en");
        english.get("/admin/mailboxes");
        english.post("/admin/mailboxes", form);

        WebSession.Page refused = english.post("/admin/mailboxes", form);

        assertThat(refused.status()).as(refused.text()).isEqualTo(200);
        Element field = refused.html().selectFirst("#mb-address");
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(field.val()).as("what was typed is kept").isEqualTo("support@acme.test");
        assertThat(refused.html().selectFirst("#mb-address-error").text())
                .isEqualTo("There is already a mailbox for support@acme.test: two would read the same mail twice.");
        assertThat(refused.html().selectFirst("#mb-host").val()).isEqualTo("imap.acme.test");
        assertThat(refused.html().select("#mailboxes tbody tr")).hasSize(1);

        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD, "zh-CN");
        chinese.get("/admin/mailboxes");
        assertThat(chinese.post("/admin/mailboxes", form)
                        .html()
                        .selectFirst("#mb-address-error")
                        .text())
                .isEqualTo("已经有地址为 support@acme.test 的邮箱：两个邮箱会把同一封邮件读两次。");
    }

    private static Map<String, Object> json(String address) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", "Support");
        settings.put("address", address);
        settings.put("protocol", "IMAPS");
        settings.put("host", "imap.acme.test");
        settings.put("port", 993);
        settings.put("username", "support");
        settings.put("password", "secret");
        settings.put("folder", "INBOX");
        settings.put("smtpHost", "smtp.acme.test");
        settings.put("smtpPort", 587);
        settings.put("smtpSecurity", "STARTTLS");
        settings.put("enabled", false);
        return settings;
    }

    private static Map<String, String> form(String address) {
        Map<String, String> form = new LinkedHashMap<>();
        json(address).forEach((key, value) -> form.put(key, String.valueOf(value)));
        form.remove("enabled");
        return form;
    }
}

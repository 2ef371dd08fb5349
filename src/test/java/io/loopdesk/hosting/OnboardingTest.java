package io.loopdesk.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.tenant.HostedChannel;
import io.loopdesk.tenant.HostingProfile;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestMail;
import io.loopdesk.testing.WebSession;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The onboarding checklist of seed 000 on the console: its answers fill the brand's hosting profile, reply language,
 * business hours and first-response target in one go, or, if any is wrong, change nothing and say what; the service
 * starts only once answered and authorised, and the brand's admins are told by e-mail, once.
 */
@IntegrationTest
class OnboardingTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tenants tenants;

    @Autowired
    Calendars calendars;

    @Autowired
    SlaPolicies policies;

    @Autowired
    BackgroundWork background;

    TenantInfo brand;
    UserView admin;
    WebSession console;
    String page;

    @BeforeEach
    void setUp() {
        brand = fixtures.tenant();
        admin = fixtures.staff(brand, Role.TENANT_ADMIN);
        console = fixtures.pages(fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR));
        page = "/platform/tenants/" + brand.code() + "/onboarding";
        console.get(page);
    }

    @Test
    void theAnswersFillTheBrandsSettings() {
        assertThat(console.get("/platform/tenants/" + brand.code())
                        .html()
                        .select("#tenant-onboarding")
                        .attr("href"))
                .endsWith(page);
        WebSession.Page applied = console.post(page, answers("09:00-21:00", "4", "Acme Home"));
        assertThat(applied.text()).contains("The answers were applied to the settings of the brand.");

        assertThat(tenants.hosting(brand.id()))
                .isEqualTo(new HostingProfile(
                        EnumSet.of(HostedChannel.APP_FEEDBACK, HostedChannel.EMAIL), "东南亚", "Open with the name."));
        assertThat(tenants.byId(brand.id()).orElseThrow().defaultLocale().toLanguageTag())
                .isEqualTo("en");
        BusinessCalendar calendar = calendars.ofTenant(brand.id());
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(calendar.weeklyHours().on(day).toString()).as(day.name()).isEqualTo("09:00-21:00");
        }
        assertThat(policies.settings(brand.id()).standard().firstResponse()).isEqualTo(Duration.ofHours(4));

        WebSession.Page again = console.get(page);
        assertThat(again.html().select("#appName").val()).isEqualTo("Acme Home");
        assertThat(again.html().select("#serviceHours").val()).isEqualTo("09:00-21:00");
        assertThat(again.html().select("#firstResponseHours").val()).isEqualTo("4");
        assertThat(again.html().select("#onboarding-state li.done").text()).contains("Checklist answered");
        assertThat(console.get("/admin/audit?tenant=" + brand.id()).text())
                .contains("Onboarding checklist answered", "Hosting changed");
    }

    @Test
    void wrongAnswersChangeNothingAndAreNamed() {
        HostingProfile hosting = tenants.hosting(brand.id());
        String hours = calendars.ofTenant(brand.id()).weeklyHours().toString();
        Duration firstResponse = policies.settings(brand.id()).standard().firstResponse();

        Map<String, String> wrong = answers("9 to 5", "soon", "");
        wrong.remove("serviceDays");
        WebSession.Page refused = console.post(page, wrong);
        assertThat(refused.text())
                .contains(
                        "Name the app, in 1–200 characters.",
                        "Choose the days of service.",
                        "A first answer is due within 1–168 working hours.");
        assertThat(refused.html().select("#serviceHours").val())
                .as("kept as typed")
                .isEqualTo("9 to 5");
        assertThat(console.post(page, answers("25:00-26:00", "4", "Acme Home")).text())
                .contains("Give the hours as from-to");

        assertThat(tenants.hosting(brand.id())).isEqualTo(hosting);
        assertThat(calendars.ofTenant(brand.id()).weeklyHours().toString()).isEqualTo(hours);
        assertThat(policies.settings(brand.id()).standard().firstResponse()).isEqualTo(firstResponse);
        assertThat(tenants.byId(brand.id()).orElseThrow().defaultLocale()).isEqualTo(brand.defaultLocale());
    }

    @Test
    void theServiceStartsOnceAnsweredAndAuthorisedAndTheAdminsAreTold() throws Exception {
        String start = page + "/start";
        assertThat(console.post(start, Map.of()).text()).contains("Answer the onboarding checklist first.");
        console.post(page, answers("09:00-21:00", "4", "Acme Home"));
        assertThat(console.post(start, Map.of()).text()).contains("Record the brand's hosting authorisation first.");
        tenants.authoriseHosting(brand.id(), "HT-1");

        WebSession.Page started = console.post(start, Map.of());
        assertThat(started.text()).contains("The service has started; 1 admin(s) were told by e-mail.");
        assertThat(started.html().select("#onboarding-state li.done")).hasSize(3);
        assertThat(started.html().select("#start-service")).isEmpty();
        assertThat(console.post(start, Map.of()).text()).contains("The service has started already.");
        background.settle();

        List<MimeMessage> mails = TestMail.to(admin.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).isEqualTo("Your hosted support has started: " + brand.name());
        assertThat(mails.getFirst().getContent().toString())
                .contains("App feedback, E-mail", "09:00-21:00", "within 4 working hours", "东南亚", "English");
        assertThat(console.get("/admin/audit?tenant=" + brand.id()).text()).contains("Hosted service started");
    }

    private static Map<String, String> answers(String hours, String firstResponse, String appName) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("channels", "APP_FEEDBACK,EMAIL");
        form.put("appName", appName);
        form.put("products", "门锁, 摄像头");
        form.put("serviceDays", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY");
        form.put("serviceHours", hours);
        form.put("firstResponseHours", firstResponse);
        form.put("regions", "东南亚");
        form.put("replyLanguage", "en");
        form.put("replyStrategy", "Open with the name.");
        return form;
    }
}

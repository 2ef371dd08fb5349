package io.loopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page, for every role that may see it, renders in both languages with no missing text; pages a role may
 * not use say so; forms without a CSRF token are refused.
 */
@IntegrationTest
class PagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    io.loopdesk.routing.incident.Incidents incidents;

    TenantInfo tenant;
    UserView customer;
    String ticket;
    long incident;

    @Autowired
    io.loopdesk.ticket.search.TicketIndex ticketIndex;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        ticket = fixtures.ticketOf(customer).number();
        try {
            // the search page lists the ticket once the index has it
            ticketIndex.awaitIndexed(java.time.Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        incident = incidents
                .declare(
                        "CDN 故障",
                        "多个直播间卡顿",
                        "technical.stream",
                        Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR)))
                .id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyPageRendersCompletelyForTheRolesThatUseIt(String language) {
        Map<Role, List<String>> pages = Map.of(
                Role.AGENT,
                        List.of(
                                "/workspace",
                                "/workspace?view=team",
                                "/workspace?view=unassigned",
                                "/workspace?view=all&status=NEW&urgency=NORMAL&order=OLDEST",
                                "/tickets/" + ticket,
                                "/tickets/new",
                                "/knowledge/proposals/new?ticket=" + ticket,
                                "/knowledge/templates",
                                "/search?q=%E9%97%A8%E9%94%81"),
                Role.SUPERVISOR,
                        List.of(
                                "/desk",
                                "/desk?view=unassigned",
                                "/desk?view=overdue",
                                "/tickets/" + ticket,
                                "/knowledge",
                                "/knowledge?status=PUBLISHED",
                                "/knowledge/new",
                                "/knowledge/proposals",
                                "/knowledge/proposals?status=PROPOSED",
                                "/knowledge/templates",
                                "/knowledge/macros",
                                "/knowledge/media"),
                Role.KB_EDITOR,
                        List.of(
                                "/knowledge",
                                "/knowledge/new",
                                "/knowledge/proposals",
                                "/knowledge/templates",
                                "/knowledge/macros",
                                "/knowledge/media"),
                Role.QA, List.of("/workspace?view=all", "/tickets/" + ticket, "/search?q=%E9%97%A8%E9%94%81"),
                Role.TENANT_ADMIN,
                        List.of(
                                "/admin/users",
                                "/admin/rules",
                                "/desk",
                                "/admin/routing",
                                "/admin/routing/teams",
                                "/admin/routing/shifts",
                                "/admin/routing/categories",
                                "/admin/routing/agents"));
        pages.forEach((role, paths) -> {
            WebSession session = WebSession.signedIn(
                    fixtures.baseUrl(), fixtures.staff(tenant, role).username(), Fixtures.PASSWORD, language);
            paths.forEach(path -> assertComplete(session.get(path), role + " " + path));
        });
        WebSession customerSession =
                WebSession.signedIn(fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD, language);
        for (String path : List.of("/portal", "/portal/new", "/portal/tickets/" + ticket)) {
            assertComplete(customerSession.get(path), "customer " + path);
        }
        WebSession anonymous = WebSession.anonymous(fixtures.baseUrl(), language);
        assertComplete(anonymous.get("/login"), "login");
        assertComplete(anonymous.get("/help/" + tenant.code()), "help centre");
        assertComplete(anonymous.get("/help/" + tenant.code() + "?q=" + "wifi"), "help centre search");
    }

    @Test
    void theLanguageLinksLeadToTheSamePageWithItsFilters() {
        WebSession session = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(tenant, Role.AGENT).username(), Fixtures.PASSWORD, "zh-CN");

        WebSession.Page page = session.get("/workspace?view=all&status=NEW");

        assertThat(page.html().select("a[lang=en]").attr("href"))
                .contains("/workspace?")
                .contains("view=all")
                .contains("status=NEW")
                .endsWith("lang=en");
        assertThat(page.html().select("a[lang=zh-CN]").attr("href")).endsWith("lang=zh-CN");
    }

    @Test
    void eachRoleLandsOnItsStartPage() {
        assertThat(WebSession.signedIn(fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD, "en")
                        .get("/")
                        .url())
                .endsWith("/portal");
        assertThat(start(Role.AGENT)).endsWith("/workspace");
        assertThat(start(Role.SUPERVISOR)).endsWith("/workspace");
        assertThat(start(Role.TENANT_ADMIN)).endsWith("/admin/users");
        assertThat(WebSession.anonymous(fixtures.baseUrl(), "en")
                        .get("/workspace")
                        .url())
                .endsWith("/login");
    }

    @Test
    void rolesMeetAClearAccessDeniedPage() {
        WebSession customerSession =
                WebSession.signedIn(fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD, "en");
        for (String path : List.of("/workspace", "/desk", "/tickets/new", "/admin/users", "/tickets/" + ticket)) {
            WebSession.Page page = customerSession.get(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.html().select("h1").text()).as(path).isEqualTo("Access denied");
        }
        WebSession agent = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(tenant, Role.AGENT).username(), Fixtures.PASSWORD, "en");
        assertThat(agent.get("/desk").status()).isEqualTo(403);
        assertThat(agent.get("/admin/rules").status()).isEqualTo(403);
        assertThat(agent.get("/portal").status()).isEqualTo(403);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        WebSession agent = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(tenant, Role.AGENT).username(), Fixtures.PASSWORD, "en");
        agent.get("/tickets/" + ticket);
        WebSession.Page forged =
                agent.postRaw("/tickets/" + ticket + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "forged"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(agent.get("/tickets/" + ticket).text()).doesNotContain("forged");
        WebSession.Page real =
                agent.post("/tickets/" + ticket + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "genuine"));
        assertThat(real.status()).isEqualTo(200);
        assertThat(real.text()).contains("genuine", "Your reply was sent.");
    }

    @Test
    void anAgentRegistersAPhoneTicketAndSeesFieldErrorsFirst() {
        WebSession agent = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(tenant, Role.AGENT).username(), Fixtures.PASSWORD, "en");
        agent.get("/tickets/new");
        WebSession.Page refused = agent.post(
                "/tickets/new",
                Map.of(
                        "customerName",
                        "ACME Ltd",
                        "contact",
                        "12345",
                        "description",
                        "short",
                        "customerAccount",
                        customer.username()));
        assertThat(refused.html().select(".field.invalid label").eachText())
                .anySatisfy(label -> assertThat(label).startsWith("Contact"))
                .anySatisfy(label -> assertThat(label).startsWith("Description"))
                .anySatisfy(label -> assertThat(label).startsWith("Product"));
        assertThat(refused.html().select("#contact-error").text()).contains("mobile number");
        assertThat(refused.html().select("#customerName").attr("value")).isEqualTo("ACME Ltd");

        WebSession.Page created = agent.post(
                "/tickets/new",
                Map.of(
                        "customerName",
                        "ACME Ltd",
                        "contactPerson",
                        "Li Lei",
                        "contact",
                        "13900001111",
                        "product",
                        "Camera C3",
                        "urgency",
                        "URGENT",
                        "type",
                        "FAULT",
                        "description",
                        Fixtures.DESCRIPTION,
                        "customerAccount",
                        customer.username()));
        assertThat(created.url()).matches(".*/tickets/\\d{6}-\\d{6,}");
        assertThat(created.html().select("#ticket-status").text()).isEqualTo("New");
        assertThat(created.text()).contains("The ticket was registered.", "Phone", "ACME Ltd");
        assertThat(created.html().select("#other-tickets a").eachText()).isNotEmpty();

        String number = created.url().substring(created.url().lastIndexOf('/') + 1);
        WebSession.Page classified = agent.post(
                "/tickets/" + number + "/edit",
                Map.of(
                        "category",
                        "technical.network",
                        "urgency",
                        "CRITICAL",
                        "type",
                        "FAULT",
                        "product",
                        "Camera C3",
                        "title",
                        "Camera offline"));
        assertThat(classified.text())
                .contains("The ticket was changed.", "Technical › Network and connectivity", "Camera offline");
        WebSession.Page badCategory = agent.post("/tickets/" + number + "/edit", Map.of("category", "Not A Code"));
        assertThat(badCategory.html().select(".alert.error").text()).contains("Choose a category from the list");
    }

    @Test
    void aTenantAdminManagesUsersAndRulesOnTheirPages() {
        WebSession admin = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(tenant, Role.TENANT_ADMIN).username(), Fixtures.PASSWORD, "en");
        admin.get("/admin/users");
        String username = "new-agent-" + System.nanoTime();
        WebSession.Page created = admin.post(
                "/admin/users",
                Map.of(
                        "username",
                        username,
                        "displayName",
                        "New Agent",
                        "password",
                        "a-good-password",
                        "roles",
                        "AGENT",
                        "customerLevel",
                        "STANDARD"));
        assertThat(created.text()).contains("The user was created.", username);
        WebSession.Page weak = admin.post(
                "/admin/users",
                Map.of("username", username + "x", "displayName", "X", "password", "short", "roles", "AGENT"));
        assertThat(weak.html().select(".alert.error").text()).contains("at least 8");
        assertThat(WebSession.signedIn(fixtures.baseUrl(), username, "a-good-password", "en")
                        .get("/")
                        .url())
                .endsWith("/workspace");

        admin.get("/admin/rules");
        WebSession.Page saved = admin.post(
                "/admin/rules",
                Map.of("minDescriptionLength", "10", "requiredFields", "ORDER_NUMBER", "contactKinds", "EMAIL"));
        assertThat(saved.text()).contains("The rules were saved.");
        assertThat(saved.html().select("#minDescriptionLength").attr("value")).isEqualTo("10");
        WebSession.Page invalid =
                admin.post("/admin/rules", Map.of("minDescriptionLength", "-5", "contactKinds", "EMAIL"));
        assertThat(invalid.html().select(".alert.error").text()).contains("between 0 and 5000");
        assertThat(admin.get("/admin/rules")
                        .html()
                        .select("#minDescriptionLength")
                        .attr("value"))
                .isEqualTo("10");
    }

    private String start(Role role) {
        return WebSession.signedIn(
                        fixtures.baseUrl(), fixtures.staff(tenant, role).username(), Fixtures.PASSWORD, "en")
                .get("/")
                .url();
    }

    private static void assertComplete(WebSession.Page page, String what) {
        assertThat(page.status()).as(what).isEqualTo(200);
        assertThat(page.html().html()).as(what + " has a missing text").doesNotContain("??");
        assertThat(page.html().select("h1")).as(what + " has a heading").isNotEmpty();
        assertThat(page.html()
                        .select("input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea"))
                .as(what + ": every field has a label")
                .allSatisfy(field -> assertThat(page.html().select("label[for=" + field.id() + "]"))
                        .as(what + " label for #" + field.id())
                        .isNotEmpty());
    }
}

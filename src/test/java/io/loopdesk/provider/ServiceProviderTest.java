package io.loopdesk.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Outside service providers (外部服务商): a provider's person sees only the tenants granted to them, switches between
 * them in the page header, gets 404 for everything else, and leaves a record in the tenant's audit trail with every
 * request; revoking a grant, its date passing or the tenant withdrawing its hosting authorisation ends the access
 * with the person's next request.
 */
@IntegrationTest
class ServiceProviderTest {

    private static int serial;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tenants tenants;

    @Autowired
    ServiceProviders providers;

    @Autowired
    ProviderGrants grants;

    @Autowired
    TestClock clock;

    TenantInfo brand;
    TenantInfo otherBrand;
    UserView operator;
    UserView brandAdmin;
    ServiceProvider provider;
    ProviderPerson person;
    String brandTicket;
    String otherTicket;

    @BeforeEach
    void setUp() {
        brand = fixtures.tenant();
        otherBrand = fixtures.tenant();
        tenants.authoriseHosting(brand.id(), "托管服务合同 HT-1");
        tenants.authoriseHosting(otherBrand.id(), "托管服务合同 HT-2");
        brandAdmin = fixtures.staff(brand, Role.TENANT_ADMIN);
        operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);
        brandTicket = fixtures.ticketOf(fixtures.customer(brand)).number();
        otherTicket = fixtures.ticketOf(fixtures.customer(otherBrand)).number();
        String code = "care-" + System.nanoTime() % 1_000_000_000 + "-" + serial++;
        provider = providers.register(code, "GlobalCare " + code, "ops@globalcare.example");
        // as the operator adds them on the console: into the operator's own tenant
        person = TenantScope.inTenant(
                operator.tenantId(),
                () -> providers.addPerson(
                        provider.id(),
                        operator.tenantId(),
                        code + ".lin",
                        "林伟",
                        "lin@globalcare.example",
                        Fixtures.PASSWORD));
    }

    @Test
    void aPersonWorksOnlyInGrantedTenantsAndARevocationEndsItAtOnce() {
        WebSession lin = fixtures.pages(person.username());
        WebSession.Page home = lin.get("/");
        assertThat(home.url()).endsWith("/act-for");
        assertThat(home.text()).contains("No tenant is granted to you now.");
        assertThat(lin.get("/tickets/" + brandTicket).status()).isEqualTo(404);
        assertThat(lin.get("/workspace").status()).isEqualTo(404);
        assertThat(lin.post("/act-for", Map.of("tenant", String.valueOf(brand.id())))
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.api(person.username(), Fixtures.PASSWORD)
                        .get("/api/v1/tickets/" + brandTicket)
                        .status())
                .isEqualTo(404);

        WebSession console = fixtures.pages(operator);
        String page = "/platform/providers/" + provider.code();
        console.get(page);
        WebSession.Page granted = console.post(
                page + "/grants",
                Map.of(
                        "person",
                        String.valueOf(person.userId()),
                        "tenant",
                        String.valueOf(brand.id()),
                        "roles",
                        "AGENT"));
        assertThat(granted.text()).contains("The grant is given.");
        assertThat(granted.html().select("#grants").text()).contains("林伟", brand.name(), "Agent", "until revoked");

        WebSession.Page chooser = lin.get("/act-for");
        assertThat(chooser.html().select("#delegations").text()).contains(brand.name());
        assertThat(chooser.html().select("#delegations").text()).doesNotContain(otherBrand.name());
        WebSession.Page entered = lin.post("/act-for", Map.of("tenant", String.valueOf(brand.id())));
        assertThat(entered.url()).endsWith("/workspace");
        assertThat(entered.html().select("#switch-tenant option[selected]").text())
                .isEqualTo(brand.name());
        assertThat(entered.html().select(".who").text()).isEqualTo("林伟 · " + provider.name());
        WebSession.Page ticket = lin.get("/tickets/" + brandTicket);
        assertThat(ticket.status()).isEqualTo(200);
        assertThat(ticket.text()).contains(brandTicket);
        assertThat(lin.get("/tickets/" + otherTicket).status())
                .as("a tenant not granted")
                .isEqualTo(404);
        assertThat(lin.post("/act-for", Map.of("tenant", String.valueOf(otherBrand.id())))
                        .status())
                .isEqualTo(404);
        assertThat(lin.get("/admin/users").status())
                .as("a grant gives no administration")
                .isEqualTo(403);

        List<String> trail = trail(brand);
        assertThat(trail).contains("provider.grant.given", "delegate.entered");
        assertThat(subjects(brand, "delegate.access")).contains("GET /tickets/" + brandTicket + " → 200");
        assertThat(actorNames(brand, "delegate.access")).allMatch(name -> name.contains("林伟 · " + provider.name()));

        WebSession admin = fixtures.pages(brandAdmin);
        WebSession.Page listed = admin.get("/admin/providers");
        assertThat(listed.html().select("#grants").text()).contains("林伟", provider.name(), "Agent");
        String revoke = listed.html().select("#grants form").attr("action");
        assertThat(admin.post(revoke.substring(revoke.indexOf("/admin")), Map.of())
                        .text())
                .contains("The grant is revoked");

        WebSession.Page ended = lin.get("/tickets/" + brandTicket);
        assertThat(ended.url()).endsWith("/act-for?ended");
        assertThat(ended.text()).contains("Your access to that tenant has ended", "No tenant is granted to you now.");
        assertThat(lin.get("/tickets/" + brandTicket).status()).isEqualTo(404);
        assertThat(trail(brand)).contains("provider.grant.revoked", "delegate.ended");
    }

    @Test
    void aPersonSwitchesBetweenGrantedTenantsInThePageHeader() {
        grants.grant(person.userId(), brand.id(), Set.of(Role.AGENT), null, Actor.system(operator.tenantId()));
        grants.grant(
                person.userId(), otherBrand.id(), Set.of(Role.SUPERVISOR), null, Actor.system(operator.tenantId()));
        WebSession lin = fixtures.pages(person.username());
        lin.get("/act-for");
        WebSession.Page inBrand = lin.post("/act-for", Map.of("tenant", String.valueOf(brand.id())));
        assertThat(inBrand.html().select("#switch-tenant option").eachText())
                .containsExactlyInAnyOrder(brand.name(), otherBrand.name());
        assertThat(lin.get("/tickets/" + brandTicket).status()).isEqualTo(200);
        assertThat(lin.get("/tickets/" + otherTicket).status()).isEqualTo(404);
        assertThat(lin.get("/desk").status())
                .as("an agent's grant is no supervisor's")
                .isEqualTo(403);

        WebSession.Page inOther = lin.post("/act-for", Map.of("tenant", String.valueOf(otherBrand.id())));
        assertThat(inOther.html().select("#switch-tenant option[selected]").text())
                .isEqualTo(otherBrand.name());
        assertThat(lin.get("/tickets/" + otherTicket).status()).isEqualTo(200);
        assertThat(lin.get("/tickets/" + brandTicket).status()).isEqualTo(404);
        assertThat(lin.get("/desk").status()).isEqualTo(200);

        WebSession.Page left = lin.post("/act-for/leave", Map.of());
        assertThat(left.url()).endsWith("/act-for");
        assertThat(lin.get("/tickets/" + otherTicket).status()).isEqualTo(404);

        lin.post("/act-for", Map.of("tenant", String.valueOf(brand.id())));
        WebSession console = fixtures.pages(operator);
        String page = "/platform/providers/" + provider.code();
        console.get(page);
        assertThat(console.post(page + "/people/" + person.userId() + "/remove", Map.of())
                        .text())
                .contains("The person is removed");
        assertThat(lin.get("/tickets/" + brandTicket).url())
                .as("removed from the provider, every grant ends at once")
                .endsWith("/act-for?ended");
        assertThat(fixtures.api(person.username(), Fixtures.PASSWORD)
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(401);
        assertThat(console.post(page + "/people/" + operator.id() + "/remove", Map.of())
                        .status())
                .as("not a person of this provider")
                .isEqualTo(404);
    }

    @Test
    void aGrantEndsWithItsDateAndWithTheTenantsHostingAuthorisation() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), brand.timeZone());
        grants.grant(person.userId(), brand.id(), Set.of(Role.AGENT), today, Actor.system(operator.tenantId()));
        WebSession lin = fixtures.pages(person.username());
        lin.get("/act-for");
        lin.post("/act-for", Map.of("tenant", String.valueOf(brand.id())));
        assertThat(lin.get("/tickets/" + brandTicket).status()).isEqualTo(200);
        clock.advance(Duration.ofDays(2));
        try {
            assertThat(lin.get("/tickets/" + brandTicket).url()).endsWith("/act-for?ended");
            assertThat(lin.post("/act-for", Map.of("tenant", String.valueOf(brand.id())))
                            .status())
                    .isEqualTo(404);
        } finally {
            clock.advance(Duration.ofDays(-2));
        }

        grants.grant(person.userId(), brand.id(), Set.of(Role.AGENT), null, Actor.system(operator.tenantId()));
        lin.get("/act-for");
        lin.post("/act-for", Map.of("tenant", String.valueOf(brand.id())));
        assertThat(lin.get("/tickets/" + brandTicket).status()).isEqualTo(200);
        tenants.revokeHosting(brand.id());
        assertThat(lin.get("/tickets/" + brandTicket).url()).endsWith("/act-for?ended");
        assertThat(fixtures.api(person.username(), Fixtures.PASSWORD)
                        .get("/api/v1/tickets/" + brandTicket)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badGrantsAndProvidersAreRefusedAndNothingChanges() {
        Actor by = Actor.system(operator.tenantId());
        assertThatThrownBy(() -> grants.grant(person.userId(), brand.id(), Set.of(), null, by))
                .hasMessageContaining("one or more of the roles");
        assertThatThrownBy(() -> grants.grant(person.userId(), brand.id(), Set.of(Role.TENANT_ADMIN), null, by))
                .hasMessageContaining("one or more of the roles");
        LocalDate yesterday =
                LocalDate.ofInstant(clock.instant(), brand.timeZone()).minusDays(1);
        assertThatThrownBy(() -> grants.grant(person.userId(), brand.id(), Set.of(Role.AGENT), yesterday, by))
                .hasMessageContaining("not in the past");
        TenantInfo unauthorised = fixtures.tenant();
        assertThatThrownBy(() -> grants.grant(person.userId(), unauthorised.id(), Set.of(Role.AGENT), null, by))
                .hasMessageContaining("has not authorised hosting");
        assertThatThrownBy(() -> grants.grant(operator.id(), brand.id(), Set.of(Role.AGENT), null, by))
                .hasMessageContaining("no such person");
        assertThat(grants.ofProvider(provider.id())).isEmpty();

        WebSession console = fixtures.pages(operator);
        String page = "/platform/providers/" + provider.code();
        console.get(page);
        WebSession.Page noRole = console.post(
                page + "/grants",
                Map.of("person", String.valueOf(person.userId()), "tenant", String.valueOf(brand.id())));
        assertThat(noRole.text()).contains("A grant gives one or more of the roles");
        WebSession.Page badDate = console.post(
                page + "/grants",
                Map.of(
                        "person",
                        String.valueOf(person.userId()),
                        "tenant",
                        String.valueOf(brand.id()),
                        "roles",
                        "AGENT",
                        "until",
                        "31.12.2026"));
        assertThat(badDate.text()).contains("The roles or the date could not be read.");
        assertThat(console.post(
                                page + "/grants",
                                Map.of(
                                        "person",
                                        String.valueOf(operator.id()),
                                        "tenant",
                                        String.valueOf(brand.id()),
                                        "roles",
                                        "AGENT"))
                        .status())
                .as("someone not of this provider")
                .isEqualTo(404);
        assertThat(grants.ofProvider(provider.id())).isEmpty();

        console.get("/platform/providers");
        assertThat(console.post("/platform/providers", Map.of("code", "Bad Code", "name", "X"))
                        .text())
                .contains("A code has 2–40 lower-case letters, digits or dashes.");
        assertThat(console.post("/platform/providers", Map.of("code", provider.code(), "name", "X"))
                        .text())
                .contains("The code " + provider.code() + " is already taken.");
        assertThat(console.post(page + "/people", Map.of("username", "x", "displayName", "X", "password", "p"))
                        .text())
                .contains("A username has 2–100 letters");
        assertThat(providers.people(provider.id())).hasSize(1);
        assertThat(console.get("/platform/providers/no-such-provider").status()).isEqualTo(404);
        assertThat(fixtures.pages(brandAdmin).get("/platform/providers").status())
                .isEqualTo(403);
        assertThat(fixtures.api(brandAdmin)
                        .post(
                                "/api/v1/users",
                                Map.of(
                                        "username",
                                        "fake-provider-" + provider.code(),
                                        "displayName",
                                        "Fake",
                                        "roles",
                                        List.of("PROVIDER_STAFF"),
                                        "password",
                                        Fixtures.PASSWORD))
                        .status())
                .as("a provider's person is not a tenant's user")
                .isEqualTo(403);
    }

    @Test
    void theDelegatedAccountNeverSignsInByItselfAndFollowsItsGrant() {
        grants.grant(person.userId(), brand.id(), Set.of(Role.AGENT), null, Actor.system(operator.tenantId()));
        WebSession lin = fixtures.pages(person.username());
        lin.get("/act-for");
        lin.post("/act-for", Map.of("tenant", String.valueOf(brand.id())));
        String delegated = "d" + brand.id() + "." + person.username();
        JsonNode users = fixtures.api(brandAdmin).get("/api/v1/users").json();
        long id = StreamSupport.stream(users.spliterator(), false)
                .filter(u -> u.get("username").asString().equals(delegated))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        assertThat(fixtures.api(brandAdmin)
                        .patch("/api/v1/users/" + id, Map.of("roles", List.of("TENANT_ADMIN")))
                        .status())
                .as("its roles follow the grant")
                .isEqualTo(400);
        assertThat(fixtures.api(delegated, Fixtures.PASSWORD)
                        .get("/api/v1/tickets/" + brandTicket)
                        .status())
                .isEqualTo(401);
    }

    private List<String> trail(TenantInfo tenant) {
        return entries(tenant, null).stream()
                .map(e -> e.get("action").asString())
                .toList();
    }

    private List<String> subjects(TenantInfo tenant, String action) {
        return entries(tenant, action).stream()
                .map(e -> e.get("subject").asString())
                .toList();
    }

    private List<String> actorNames(TenantInfo tenant, String action) {
        return entries(tenant, action).stream()
                .map(e -> e.get("actorName").asString())
                .toList();
    }

    private List<JsonNode> entries(TenantInfo tenant, String action) {
        JsonNode items = fixtures.api(operator)
                .get("/api/v1/audit?tenant=" + tenant.id() + (action == null ? "" : "&action=" + action))
                .get("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }
}

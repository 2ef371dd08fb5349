package io.loopdesk.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.Presence;
import io.loopdesk.tenant.HostedChannel;
import io.loopdesk.tenant.HostingProfile;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The health view of a hosted brand: which hosted channels are set up to take feedback, who is on duty, the backlog
 * by status and today's SLA breaches — readable by operators whether or not the brand authorised them to open its
 * tickets, since it shows counts only.
 */
@IntegrationTest
class TenantHealthTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tenants tenants;

    @Autowired
    Presence presence;

    @Test
    void anOperatorSeesChannelsPeopleBacklogAndSlaOfABrand() {
        TenantInfo brand = fixtures.tenant();
        tenants.host(
                brand.id(),
                new HostingProfile(EnumSet.of(HostedChannel.APP_FEEDBACK, HostedChannel.EMAIL), "中国大陆", ""));
        UserView admin = fixtures.staff(brand, Role.TENANT_ADMIN);
        Api.Response app = fixtures.api(admin).post("/api/v1/feedback-apps", Map.of("name", "Acme Home"));
        assertThat(app.status()).as(app.body()).isEqualTo(201);
        UserView agent = fixtures.staff(brand, Role.AGENT);
        presence.goOnDuty(Fixtures.actor(agent));
        UserView customer = fixtures.customer(brand);
        fixtures.ticketOf(customer);
        fixtures.ticketOf(customer);

        WebSession console = fixtures.pages(fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR));
        assertThat(console.get("/platform/tenants/" + brand.code())
                        .html()
                        .select("#tenant-health")
                        .attr("href"))
                .endsWith("/platform/tenants/" + brand.code() + "/health");
        WebSession.Page health = console.get("/platform/tenants/" + brand.code() + "/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.html().select("#health-hosted li").eachText())
                .containsExactly("App feedback ready", "E-mail not set up");
        assertThat(health.html().select("#health-duty").text()).contains("On duty now: 1", agent.displayName());
        assertThat(health.html().select("#health-backlog").text()).contains("Backlog: 2 open");
        assertThat(health.html().select("#health-sla").text()).contains("0 targets missed since midnight");
        assertThat(health.html().select("#health-channels").text()).contains("App key Acme Home", "working");
        assertThat(health.text()).contains("The service has not started.");

        assertThat(console.get("/platform/tenants/no-such-brand/health").status())
                .isEqualTo(404);
        assertThat(fixtures.pages(admin)
                        .get("/platform/tenants/" + brand.code() + "/health")
                        .status())
                .as("operators only")
                .isEqualTo(403);
    }
}

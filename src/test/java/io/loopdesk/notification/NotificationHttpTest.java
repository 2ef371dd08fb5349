package io.loopdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.view.TicketView;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A ticket's notifications for supervisors, marking one's notices read, and the reply outbox, over HTTP. */
@IntegrationTest
class NotificationHttpTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    BackgroundWork background;

    @Test
    void aSupervisorReadsATicketsNotificationsAndAnAgentMarksTheirNoticesRead() {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        TicketView ticket = fixtures.ticketOf(fixtures.customer(tenant));
        tickets.assign(ticket.number(), agent.id(), null, Fixtures.actor(supervisor));
        background.settle();

        Api.Response about = fixtures.api(supervisor)
                .withHeader("Accept-Language", "en")
                .get("/api/v1/tickets/" + ticket.number() + "/notifications");
        assertThat(about.status()).as(about.body()).isEqualTo(200);
        assertThat(about.get("notifications")).isNotEmpty();
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + ticket.number() + "/notifications")
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.api(fixtures.staff(fixtures.tenant(), Role.SUPERVISOR))
                        .get("/api/v1/tickets/" + ticket.number() + "/notifications")
                        .status())
                .isEqualTo(404);

        WebSession pages = fixtures.pages(agent);
        WebSession.Page before = pages.get("/notifications");
        assertThat(before.status()).isEqualTo(200);
        WebSession.Page after = pages.post("/notifications/read", Map.of());
        assertThat(after.status()).isEqualTo(200);
        assertThat(fixtures.api(agent)
                        .get("/api/v1/notifications")
                        .get("unread")
                        .asLong())
                .isZero();
    }

    @Test
    void tenantAdminsSeeTheReplyOutboxAndAgentsDoNot() {
        TenantInfo tenant = fixtures.tenant();
        Api.Response outbox =
                fixtures.api(fixtures.staff(tenant, Role.TENANT_ADMIN)).get("/api/v1/mailboxes/outbox");
        assertThat(outbox.status()).as(outbox.body()).isEqualTo(200);
        assertThat(fixtures.api(fixtures.staff(tenant, Role.AGENT))
                        .get("/api/v1/mailboxes/outbox")
                        .status())
                .isEqualTo(403);
    }
}

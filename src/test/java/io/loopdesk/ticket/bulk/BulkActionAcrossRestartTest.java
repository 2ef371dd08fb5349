package io.loopdesk.ticket.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.ManyTickets;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.TicketStatus;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bulk status change over 10,000 tickets, 200 of which the lifecycle refuses (they are closed), started on a node
 * that is stopped half-way: the node started after it finishes it; every ticket is changed exactly once, the closed ones are
 * listed with why, and the counts add up. The nodes have a database of their own.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class BulkActionAcrossRestartTest {

    private static final int TICKETS = 10_000;
    private static final int CLOSED = 200;
    private static final String DATABASE = "bulk";

    @Test
    void tenThousandTicketsChangedOnceAcrossARestart() throws Exception {
        Map<String, Object> fast = Map.of("db-scheduler.polling-interval", "1s");
        long actionId;
        long tenantId;
        long supervisorId;
        try (ConfigurableApplicationContext first = TestNodes.start(DATABASE, null, fast, Fixtures.class)) {
            Fixtures fixtures = first.getBean(Fixtures.class);
            TenantInfo tenant = fixtures.tenant();
            tenantId = tenant.id();
            UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
            supervisorId = supervisor.id();
            Actor boss = Fixtures.actor(supervisor);
            Tickets tickets = first.getBean(Tickets.class);
            List<String> numbers = ManyTickets.open(tickets, tenant.id(), boss, TICKETS);
            for (String number : numbers.subList(0, CLOSED)) {
                tickets.changeStatus(number, TicketStatus.CLOSED, "duplicate of an earlier report", boss);
            }

            BulkActionView started = TenantScope.inTenant(
                    tenantId,
                    () -> first.getBean(BulkActions.class)
                            .startMatching(
                                    BulkChange.status(TicketStatus.WAITING_CUSTOMER, "asked for logs"),
                                    TicketQuery.builder().limit(1).build(),
                                    "view=all",
                                    boss));
            actionId = started.id();
            assertThat(started.total()).isEqualTo(TICKETS);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(Duration.ofMinutes(3)).until(() -> finished(jdbc, actionId) >= 500);
            // the node stops here, in the middle of the action
        }

        try (ConfigurableApplicationContext second = TestNodes.start(DATABASE, null, fast)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            int doneWhenStopped = finished(jdbc, actionId);
            assertThat(doneWhenStopped).as("stopped half-way").isBetween(500, TICKETS - 1);

            await().atMost(Duration.ofMinutes(5))
                    .until(() -> "DONE"
                            .equals(jdbc.sql("select state from bulk_action where id = ?")
                                    .param(actionId)
                                    .query(String.class)
                                    .single()));
            Map<String, Object> counts = jdbc.sql("select succeeded, refused from bulk_action where id = ?")
                    .param(actionId)
                    .query()
                    .singleRow();
            assertThat(((Number) counts.get("succeeded")).intValue()).isEqualTo(TICKETS - CLOSED);
            assertThat(((Number) counts.get("refused")).intValue()).isEqualTo(CLOSED);
            assertThat(jdbc.sql("select count(*) from ticket where tenant_id = ? and status = 'WAITING_CUSTOMER'")
                            .param(tenantId)
                            .query(Long.class)
                            .single())
                    .isEqualTo(TICKETS - CLOSED);
            List<Long> changedTwice = jdbc.sql("select h.ticket_id from ticket_history h join ticket t on t.id ="
                            + " h.ticket_id where t.tenant_id = ? and h.field = 'status'"
                            + " and h.new_value = 'WAITING_CUSTOMER' group by h.ticket_id having count(*) > 1")
                    .param(tenantId)
                    .query(Long.class)
                    .list();
            assertThat(changedTwice).as("tickets changed more than once").isEmpty();
            UserView supervisor = TenantScope.inTenant(
                            tenantId, () -> second.getBean(UserAccounts.class).byId(supervisorId))
                    .orElseThrow();
            List<BulkActions.Refusal> refusals = TenantScope.inTenant(
                    tenantId,
                    () -> second.getBean(BulkActions.class)
                            .refusals(actionId, Fixtures.actor(supervisor), Locale.ENGLISH, 1_000));
            assertThat(refusals).hasSize(CLOSED);
            assertThat(refusals.getFirst().reason()).contains("Closed");
        }
    }

    private static int finished(JdbcClient jdbc, long actionId) {
        return jdbc.sql("select count(*) from bulk_action_item where action_id = ? and outcome <> 'PENDING'")
                .param(actionId)
                .query(Long.class)
                .single()
                .intValue();
    }
}

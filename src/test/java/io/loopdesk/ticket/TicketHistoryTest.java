package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every change is in the history with who and when, and nothing can rewrite it. */
@IntegrationTest
class TicketHistoryTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BackgroundWork background;

    @Test
    void everyChangeIsRecordedWithWhoWhenAndBeforeAfter() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView customer = fixtures.customer(tenant);
        String number = fixtures.ticketOf(customer).number();
        String path = "/api/v1/tickets/" + number;

        clock.advance(Duration.ofMinutes(1));
        fixtures.api(supervisor).put(path + "/assignee", Map.of("assigneeId", agent.id(), "note", "网络组"));
        clock.advance(Duration.ofMinutes(1));
        fixtures.api(agent).post(path + "/status", Map.of("status", "IN_PROGRESS"));
        fixtures.api(agent).patch(path, Map.of("urgency", "CRITICAL", "title", "门锁离线"));
        fixtures.api(agent).post(path + "/messages", Map.of("body", "您好"));
        fixtures.api(agent).post(path + "/messages", Map.of("kind", "INTERNAL_NOTE", "body", "查日志"));
        fixtures.api(agent).post(path + "/progress", Map.of("label", "CONTACTED_CUSTOMER", "details", "已电话联系"));
        fixtures.api(agent).post(path + "/status", Map.of("status", "AWAITING_CONFIRMATION"));
        fixtures.api(customer).post(path + "/status", Map.of("status", "IN_PROGRESS", "reason", "没修好"));

        background.settle();
        JsonNode history = fixtures.api(agent).get(path + "/history").json();
        // the SLA module writes the business-time due times as "Loopdesk", on its own thread: checked apart
        List<String> system = StreamSupport.stream(history.spliterator(), false)
                .filter(e -> e.get("actorName").asString().equals("Loopdesk"))
                .map(e -> e.get("field").asString() + "|" + text(e, "note"))
                .toList();
        // the system's own lines: the SLA's due time, and the result notice reaching the customer
        assertThat(system)
                .isNotEmpty()
                .allMatch(line -> line.startsWith("resolutionDueAt|SLA STANDARD") || line.startsWith("result-notice|"));
        List<String> lines = StreamSupport.stream(history.spliterator(), false)
                .filter(e -> !e.get("actorName").asString().equals("Loopdesk"))
                .map(e -> e.get("actorName").asString() + "|" + e.get("field").asString() + "|" + text(e, "oldValue")
                        + "->" + text(e, "newValue") + "|" + text(e, "note"))
                .toList();
        String a = agent.displayName();
        String c = customer.displayName();
        assertThat(lines)
                .containsExactly(
                        c + "|status|null->NEW|Ticket " + number + " opened via WEB",
                        supervisor.displayName() + "|assignee|null->" + agent.id() + "|网络组",
                        a + "|status|NEW->IN_PROGRESS|null",
                        a + "|title|" + Fixtures.DESCRIPTION.substring(0, 59) + "…->门锁离线|null",
                        a + "|urgency|NORMAL->CRITICAL|null",
                        a + "|message|null->PUBLIC_REPLY|staff wrote a message",
                        a + "|message|null->INTERNAL_NOTE|staff wrote a message",
                        a + "|progress|null->CONTACTED_CUSTOMER|null",
                        a + "|status|IN_PROGRESS->AWAITING_CONFIRMATION|null",
                        c + "|status|AWAITING_CONFIRMATION->IN_PROGRESS|没修好");
        List<JsonNode> byPeople = StreamSupport.stream(history.spliterator(), false)
                .filter(e -> !e.get("actorName").asString().equals("Loopdesk"))
                .toList();
        assertThat(byPeople.get(1).get("occurredAt").asString())
                .isNotEqualTo(byPeople.get(0).get("occurredAt").asString());
    }

    @Test
    void aRefusedChangeLeavesNoTrace() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        String number = fixtures.ticketOf(fixtures.customer(tenant)).number();
        String path = "/api/v1/tickets/" + number;
        background.settle(); // the SLA module adds its due-time line after the ticket's commit
        int before = fixtures.api(agent).get(path + "/history").json().size();

        fixtures.api(agent).post(path + "/status", Map.of("status", "RESOLVED"));
        fixtures.api(agent).patch(path, Map.of("title", "ok", "contact", "bad"));
        fixtures.api(agent).post(path + "/messages", Map.of("body", " "));

        assertThat(fixtures.api(agent).get(path + "/history").json().size()).isEqualTo(before);
        assertThat(fixtures.api(agent).get(path).text("title")).isNotEqualTo("ok");
    }

    @Test
    void noApiEditsOrDeletesHistory() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        String number = fixtures.ticketOf(fixtures.customer(tenant)).number();
        Api api = fixtures.api(admin);

        assertThat(api.delete("/api/v1/tickets/" + number + "/history").status())
                .isEqualTo(405);
        assertThat(api.put("/api/v1/tickets/" + number + "/history", Map.of()).status())
                .isEqualTo(405);
        assertThat(api.delete("/api/v1/tickets/" + number).status()).isEqualTo(405);
    }

    @Test
    void theDatabaseRefusesToRewriteHistory() {
        TenantInfo tenant = fixtures.tenant();
        fixtures.ticketOf(fixtures.customer(tenant));
        background.settle(); // the SLA module adds its due-time line after the ticket's commit
        long rows = jdbc.sql("select count(*) from ticket_history where tenant_id = ?")
                .param(tenant.id())
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> jdbc.sql("update ticket_history set new_value = 'CLOSED' where tenant_id = ?")
                        .param(tenant.id())
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ticket_history where tenant_id = ?")
                        .param(tenant.id())
                        .update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select count(*) from ticket_history where tenant_id = ?")
                        .param(tenant.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(rows);
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null || value.isNull() ? "null" : value.asString();
    }
}

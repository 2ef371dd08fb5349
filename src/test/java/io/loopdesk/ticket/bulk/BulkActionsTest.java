package io.loopdesk.ticket.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.knowledge.reply.MacroDraft;
import io.loopdesk.knowledge.reply.Macros;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk actions as a desk uses them: tick tickets on the list (or take all the filter matches), choose a status, a
 * person or team, or a macro; each ticket is changed as the person could change it by hand, with one history line;
 * the action's page says what was done and lists the tickets left as they were, with why, in the reader's language.
 */
@IntegrationTest
class BulkActionsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Macros macros;

    @Autowired
    JdbcClient jdbc;

    TenantInfo tenant;
    UserView supervisor;
    UserView agent;
    UserView colleague;
    UserView customer;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        agent = fixtures.staff(tenant, Role.AGENT);
        colleague = fixtures.staff(tenant, Role.AGENT);
        customer = fixtures.customer(tenant);
    }

    @Test
    void tickedTicketsChangeStatusAndTheOnesTheLifecycleRefusesAreListedWithWhy() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(fixtures.ticketOf(customer).number());
        }
        String awaiting = fixtures.ticketOf(customer).number();
        tickets.changeStatus(awaiting, TicketStatus.AWAITING_CONFIRMATION, null, Fixtures.actor(supervisor));
        numbers.add(awaiting);

        WebSession pages = fixtures.pages(supervisor);
        WebSession.Page list = pages.get("/workspace?view=all");
        assertThat(list.html().select("#queue input[name=numbers][form=bulk-form]"))
                .hasSize(4);
        assertThat(list.html().select("#bulk-matching + span").text()).isEqualTo("All 4 this list matches");
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                Map.entry("action", "STATUS:IN_PROGRESS"),
                Map.entry("scope", "selected"),
                Map.entry("page", "workspace"),
                Map.entry("filters", "view=all")));
        numbers.forEach(n -> form.add(Map.entry("numbers", n)));
        WebSession.Page done = pages.post("/bulk", form);

        assertThat(done.html().select("#bulk-summary").text()).isEqualTo("Done: 3 changed, 1 left as they were, of 4.");
        assertThat(done.html().select("#bulk-change").text()).isEqualTo("Set status: In progress");
        assertThat(done.html().select("#bulk-refusals tbody tr").text()).contains(awaiting, "Please give a reason.");
        for (String number : numbers.subList(0, 3)) {
            assertThat(queries.get(number, Fixtures.actor(supervisor)).status()).isEqualTo(TicketStatus.IN_PROGRESS);
            assertThat(statusLines(number))
                    .as("opened, then one line for the bulk change")
                    .isEqualTo(2);
        }
        assertThat(queries.get(awaiting, Fixtures.actor(supervisor)).status())
                .isEqualTo(TicketStatus.AWAITING_CONFIRMATION);
        assertThat(pages.get("/bulk").html().select("#bulk-actions tbody tr").text())
                .contains("Set status: In progress", "Done: 3 changed, 1 left as they were, of 4.");

        // the same action read in Chinese says it in Chinese
        String address = done.url().substring(done.url().indexOf("/bulk/"));
        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD, "zh-CN");
        assertThat(chinese.get(address).html().select("#bulk-summary").text()).isEqualTo("完成：共 4 个，已修改 3 个，1 个保持原样。");
        // nobody else reads it but supervisors
        assertThat(fixtures.pages(agent).get(address).status()).isEqualTo(404);
    }

    @Test
    void everyTicketIsChangedOnlyAsThePersonCouldByHand() {
        String unassigned = fixtures.ticketOf(customer).number();
        String colleagues = fixtures.ticketOf(customer).number();
        tickets.assign(colleagues, colleague.id(), null, Fixtures.actor(supervisor));
        TenantInfo other = fixtures.tenant();
        String elsewhere = fixtures.ticketOf(fixtures.customer(other)).number();

        Api api = fixtures.api(agent);
        // an agent takes tickets for themselves, never a colleague's, never another tenant's
        Api.Response taken = api.post(
                "/api/v1/bulk-actions",
                Map.of(
                        "kind",
                        "ASSIGN",
                        "assigneeId",
                        agent.id(),
                        "numbers",
                        List.of(unassigned, colleagues, elsewhere)));
        assertThat(taken.status()).as(taken::body).isEqualTo(202);
        assertThat(taken.get("action").get("succeeded").asInt()).isEqualTo(1);
        assertThat(taken.get("action").get("refused").asInt()).isEqualTo(2);
        assertThat(taken.get("refusals").toString()).contains(colleagues, elsewhere);
        assertThat(queries.get(unassigned, Fixtures.actor(agent)).assigneeId()).isEqualTo(agent.id());
        assertThat(queries.get(colleagues, Fixtures.actor(supervisor)).assigneeId())
                .isEqualTo(colleague.id());

        // giving tickets to someone else is a supervisor's: refused ticket by ticket, each with the reason
        Api.Response toColleague = api.post(
                "/api/v1/bulk-actions",
                Map.of("kind", "ASSIGN", "assigneeId", colleague.id(), "numbers", List.of(unassigned)));
        assertThat(toColleague.get("refusals").toString()).contains("Only a supervisor assigns tickets to others");

        assertThat(fixtures.api(customer)
                        .post(
                                "/api/v1/bulk-actions",
                                Map.of("kind", "STATUS", "status", "CLOSED", "numbers", List.of(unassigned)))
                        .status())
                .isEqualTo(403);
        long id = taken.get("action").get("id").asLong();
        assertThat(fixtures.api(colleague).get("/api/v1/bulk-actions/" + id).status())
                .isEqualTo(404);
        assertThat(fixtures.api(supervisor).get("/api/v1/bulk-actions/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void aMacroAndAllMatchingTheFilter() {
        Actor editor = Fixtures.actor(fixtures.staff(tenant, Role.TENANT_ADMIN));
        long macro = TenantScope.inTenant(
                        tenant.id(),
                        () -> macros.create(
                                new MacroDraft(
                                        "Waiting for logs",
                                        null,
                                        TicketStatus.WAITING_CUSTOMER,
                                        ProgressLabel.values()[0],
                                        "Asked the customer for the app's logs.",
                                        false),
                                editor))
                .id();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(fixtures.ticketOf(customer).number());
        }
        tickets.changeStatus(numbers.getFirst(), TicketStatus.IN_PROGRESS, null, Fixtures.actor(supervisor));

        Api.Response applied = fixtures.api(supervisor)
                .post(
                        "/api/v1/bulk-actions",
                        Map.of("kind", "MACRO", "macroId", macro, "filters", "view=all&status=NEW"));
        assertThat(applied.status()).as(applied::body).isEqualTo(202);
        assertThat(applied.get("action").get("total").asInt()).isEqualTo(4);
        assertThat(applied.get("action").get("succeeded").asInt()).isEqualTo(4);
        for (String number : numbers.subList(1, 5)) {
            assertThat(queries.get(number, Fixtures.actor(supervisor)).status())
                    .isEqualTo(TicketStatus.WAITING_CUSTOMER);
        }
        assertThat(queries.get(numbers.getFirst(), Fixtures.actor(supervisor)).status())
                .isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(fixtures.pages(supervisor)
                        .get("/workspace?view=all")
                        .html()
                        .select("#bulk-action option")
                        .text())
                .contains("Waiting for logs", "In progress", agent.displayName());
    }

    @Test
    void badRequestsAreRefusedWithAMessageAndChangeNothing() {
        String number = fixtures.ticketOf(customer).number();
        Api api = fixtures.api(supervisor);
        Map<Map<String, Object>, String> bad = Map.of(
                Map.of("kind", "STATUS", "numbers", List.of(number)), "Choose the new status.",
                Map.of("kind", "STATUS", "status", "CLOSED", "numbers", List.of()), "Choose at least one ticket.",
                Map.of("kind", "ASSIGN", "numbers", List.of(number)), "Choose a person or a team",
                Map.of("kind", "MACRO", "macroId", 987_654, "numbers", List.of(number)), "No such macro.",
                Map.of("kind", "STATUS", "status", "CLOSED", "note", "x".repeat(501), "numbers", List.of(number)),
                        "at most 500 characters",
                Map.of("kind", "STATUS", "status", "CLOSED", "filters", "status=LOST"), "status cannot be 'LOST'");
        bad.forEach((body, message) -> {
            Api.Response refused = api.post("/api/v1/bulk-actions", body);
            assertThat(refused.status()).as(body::toString).isEqualTo(400);
            assertThat(refused.body()).as(body::toString).contains(message);
        });
        assertThat(api.post("/api/v1/bulk-actions", Map.of("kind", "MERGE")).status())
                .isEqualTo(400);
        assertThat(queries.get(number, Fixtures.actor(supervisor)).status()).isEqualTo(TicketStatus.NEW);

        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD, "zh-CN");
        chinese.get("/workspace?view=all");
        WebSession.Page refused =
                chinese.post("/bulk", List.of(Map.entry("action", "STATUS:CLOSED"), Map.entry("page", "workspace")));
        assertThat(refused.text()).contains("请至少选择一个工单。");
        WebSession.Page nonsense =
                chinese.post("/bulk", List.of(Map.entry("action", "DELETE:all"), Map.entry("numbers", number)));
        assertThat(nonsense.text()).contains("请选择要对工单执行的操作，而不是“DELETE:all”。");
        assertThat(chinese.get("/bulk").text()).contains("您还没有做过批量操作。");
    }

    private long statusLines(String number) {
        return jdbc.sql("select count(*) from ticket_history h join ticket t on t.id = h.ticket_id"
                        + " where t.number = ? and h.field = 'status'")
                .param(number)
                .query(Long.class)
                .single();
    }
}

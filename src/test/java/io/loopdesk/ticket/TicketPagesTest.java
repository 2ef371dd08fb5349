package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ticket's forms over HTTP, as staff and customers post them without a browser: take, status, routing and
 * progress on the staff page; raise, reply, confirm and reopen on the portal; the search box. Each says what it did
 * and the ticket shows it; a refusal names the rule; another tenant's ticket is not found.
 */
@IntegrationTest
class TicketPagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TicketQueries queries;

    @Autowired
    io.loopdesk.ticket.search.TicketIndex index;

    @Autowired
    Tickets tickets;

    TenantInfo tenant;
    UserView customer;
    UserView agent;
    WebSession staff;
    WebSession portal;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        agent = fixtures.staff(tenant, Role.AGENT);
        staff = fixtures.pages(agent);
        portal = fixtures.pages(customer);
    }

    @Test
    void anAgentTakesATicketRecordsProgressAndMovesItsStatus() {
        String number = fixtures.ticketOf(customer).number();
        staff.get("/tickets/" + number);

        WebSession.Page taken = staff.post("/tickets/" + number + "/take", Map.of());
        assertThat(taken.text()).contains("The ticket is yours now.");
        assertThat(view(number).assigneeId()).isEqualTo(agent.id());

        WebSession.Page noDetails = staff.post("/tickets/" + number + "/progress", Map.of("label", "OTHER"));
        assertThat(noDetails.text()).doesNotContain("The progress was recorded.");
        WebSession.Page badDate = staff.post(
                "/tickets/" + number + "/progress",
                Map.of("label", "REMOTE_TROUBLESHOOTING", "details", "远程查看了门锁日志", "estimatedCompletionAt", "soon"));
        assertThat(badDate.text()).contains("estimatedCompletionAt", "soon");
        WebSession.Page progress = staff.post(
                "/tickets/" + number + "/progress",
                Map.of(
                        "label", "REMOTE_TROUBLESHOOTING",
                        "details", "远程查看了门锁的网络日志，发现路由器频段不兼容。",
                        "customerVisible", "true"));
        assertThat(progress.text()).contains("The progress was recorded.", "路由器频段不兼容");

        WebSession.Page moved = staff.post("/tickets/" + number + "/status", Map.of("status", "AWAITING_CONFIRMATION"));
        assertThat(moved.text()).contains("The status was changed.");
        assertThat(view(number).status()).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);
        assertThat(staff.post("/tickets/" + number + "/status", Map.of("status", "FINISHED"))
                        .status())
                .isEqualTo(400);

        WebSession.Page released = staff.post("/tickets/" + number + "/take", Map.of("take", "false"));
        assertThat(released.text()).contains("The ticket is back in the queue.");
        assertThat(view(number).assigneeId()).isNull();
    }

    @Test
    void aSupervisorRoutesATicketToAColleague() {
        String number = fixtures.ticketOf(customer).number();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        WebSession desk = fixtures.pages(supervisor);
        desk.get("/tickets/" + number);
        WebSession.Page routed = desk.post(
                "/tickets/" + number + "/routing", Map.of("assigneeId", String.valueOf(agent.id()), "note", "你熟悉这个型号"));
        assertThat(routed.text()).contains("The ticket was assigned.");
        assertThat(view(number).assigneeId()).isEqualTo(agent.id());

        UserView elsewhere = fixtures.staff(fixtures.tenant(), Role.AGENT);
        WebSession.Page outside =
                desk.post("/tickets/" + number + "/routing", Map.of("assigneeId", String.valueOf(elsewhere.id())));
        assertThat(outside.text()).doesNotContain("The ticket was assigned.");
        assertThat(view(number).assigneeId()).isEqualTo(agent.id());

        WebSession.Page fromTheDesk =
                desk.post("/tickets/" + number + "/routing", Map.of("assigneeId", "", "returnTo", "desk"));
        assertThat(fromTheDesk.url()).contains("/desk");
        assertThat(view(number).assigneeId()).isNull();
    }

    @Test
    void aCustomerRaisesATicketRepliesConfirmsAndReopens() {
        portal.get("/portal/new");
        Map<String, String> form = new HashMap<>(Map.of(
                "customerName", "上海某某科技有限公司",
                "contactPerson", "张伟",
                "contact", "13812341234",
                "product", "智能门锁 X2",
                "urgency", "NORMAL",
                "description", "太短"));
        WebSession.Page tooShort = portal.post("/portal/new", form);
        assertThat(tooShort.url()).endsWith("/portal/new");
        assertThat(tooShort.html().select(".error, .field-error, [role=alert]").text())
                .isNotBlank();
        form.put("description", Fixtures.DESCRIPTION);
        WebSession.Page raised = portal.post("/portal/new", form);
        String number = raised.url().replaceAll(".*/portal/tickets/", "");
        assertThat(raised.text()).contains(number);
        assertThat(view(number).channel()).isEqualTo(Channel.WEB);

        WebSession.Page empty = portal.post("/portal/tickets/" + number + "/messages", Map.of("body", " "));
        assertThat(empty.text()).doesNotContain("Your reply was sent.");
        WebSession.Page replied =
                portal.post("/portal/tickets/" + number + "/messages", Map.of("body", "补充一下：型号是 X2 Pro"));
        assertThat(replied.text()).contains("Your reply was sent.", "补充一下：型号是 X2 Pro");

        tickets.changeStatus(number, TicketStatus.AWAITING_CONFIRMATION, null, Fixtures.actor(agent));
        WebSession.Page confirmed = portal.post("/portal/tickets/" + number + "/confirm", Map.of());
        assertThat(confirmed.text()).contains("Thank you for confirming.");
        assertThat(view(number).status()).isEqualTo(TicketStatus.RESOLVED);

        WebSession.Page noReason = portal.post("/portal/tickets/" + number + "/reopen", Map.of());
        assertThat(noReason.text()).doesNotContain("The ticket was reopened");
        assertThat(view(number).status()).isEqualTo(TicketStatus.RESOLVED);
        WebSession.Page reopened =
                portal.post("/portal/tickets/" + number + "/reopen", Map.of("reason", "门锁又离线了，问题没有解决"));
        assertThat(reopened.text()).contains("The ticket was reopened; we are on it.");
        assertThat(view(number).status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(portal.post("/tickets/" + number + "/take", Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void theSearchBoxOpensATicketByItsNumberAndSearchesEverythingElse() throws InterruptedException {
        String number = fixtures.ticketOf(customer).number();
        assertThat(index.awaitIndexed(java.time.Duration.ofSeconds(10))).isTrue();
        WebSession.Page byNumber = staff.get("/search?q=" + number);
        assertThat(byNumber.url()).endsWith("/tickets/" + number);
        WebSession.Page byWords =
                staff.get("/search?q=" + java.net.URLEncoder.encode("门锁", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(byWords.url()).as("words: the search page, best first").contains("/search");
        assertThat(byWords.text()).contains(number);
        WebSession.Page byPhone = staff.get("/search?q=13812341234");
        assertThat(byPhone.url())
                .as("found by no words: the list, which looks up contacts")
                .contains("/workspace");
        assertThat(byPhone.text()).contains(number);
        assertThat(portal.get("/search?q=" + number).status()).isEqualTo(403);

        WebSession stranger = fixtures.pages(fixtures.staff(fixtures.tenant(), Role.AGENT));
        WebSession.Page notTheirs = stranger.get("/search?q=" + number);
        assertThat(notTheirs.url()).contains("/workspace");
        assertThat(notTheirs.text()).doesNotContain(number);
    }

    @Test
    void anotherTenantsTicketIsNotFoundForEveryForm() {
        String number = fixtures.ticketOf(customer).number();
        TenantInfo other = fixtures.tenant();
        WebSession theirStaff = fixtures.pages(fixtures.staff(other, Role.SUPERVISOR));
        WebSession theirCustomer = fixtures.pages(fixtures.customer(other));
        theirStaff.get("/workspace");
        theirCustomer.get("/portal");

        assertThat(theirStaff.post("/tickets/" + number + "/take", Map.of()).status())
                .isEqualTo(404);
        assertThat(theirStaff
                        .post("/tickets/" + number + "/status", Map.of("status", "IN_PROGRESS"))
                        .status())
                .isEqualTo(404);
        assertThat(theirStaff
                        .post("/tickets/" + number + "/progress", Map.of("label", "OTHER", "details", "不该成功的记录"))
                        .status())
                .isEqualTo(404);
        assertThat(theirStaff
                        .post("/tickets/" + number + "/routing", Map.of("assigneeId", ""))
                        .status())
                .isEqualTo(404);
        assertThat(theirCustomer
                        .post("/portal/tickets/" + number + "/messages", Map.of("body", "不是我的工单"))
                        .status())
                .isEqualTo(404);
        assertThat(theirCustomer
                        .post("/portal/tickets/" + number + "/confirm", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(theirCustomer
                        .post("/portal/tickets/" + number + "/reopen", Map.of("reason", "不是我的工单"))
                        .status())
                .isEqualTo(404);
        TicketView unchanged = view(number);
        assertThat(unchanged.status()).isEqualTo(TicketStatus.NEW);
        assertThat(unchanged.assigneeId()).isNull();
        assertThat(queries.messages(number, Fixtures.actor(agent))).isEmpty();
    }

    private TicketView view(String number) {
        return queries.get(number, Fixtures.actor(agent));
    }
}

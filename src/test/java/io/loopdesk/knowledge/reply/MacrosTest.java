package io.loopdesk.knowledge.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A macro applied to a ticket takes it, replies from a template, records progress and moves its status in one
 * transaction, and counts a use; when any part is refused nothing of it stays; a macro that does nothing or lacks
 * its progress details is refused.
 */
@IntegrationTest
class MacrosTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Macros macros;

    @Autowired
    ReplyTemplates templates;

    TenantInfo tenant;
    UserView agentUser;
    Actor editor;
    WebSession agent;
    TicketView ticket;
    long solvedTemplate;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agentUser = fixtures.staff(tenant, Role.AGENT);
        editor = Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR));
        agent = WebSession.signedIn(fixtures.baseUrl(), agentUser.username(), Fixtures.PASSWORD, "zh-CN");
        ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket().title("门锁离线").build(),
                Fixtures.actor(fixtures.customer(tenant)));
        solvedTemplate = templates.list(editor).stream()
                .filter(t -> t.name().equals("已解决请确认"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void aMacroTakesRepliesRecordsAndMovesInOneClick() {
        MacroView macro = macros.create(
                new MacroDraft(
                        "远程解决",
                        solvedTemplate,
                        TicketStatus.AWAITING_CONFIRMATION,
                        ProgressLabel.REMOTE_TROUBLESHOOTING,
                        "远程重置了门锁网络模块",
                        true),
                editor);

        agent.get("/tickets/" + ticket.number());
        WebSession.Page after =
                agent.post("/knowledge/macros/" + macro.id() + "/apply?ticket=" + ticket.number(), Map.of());

        assertThat(after.url()).endsWith("/tickets/" + ticket.number());
        assertThat(after.html().select(".alert.ok").text()).isEqualTo("快捷操作已执行。");
        Actor agentActor = Fixtures.actor(agentUser);
        TicketView now = queries.get(ticket.number(), agentActor);
        assertThat(now.status()).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);
        assertThat(now.assigneeId()).isEqualTo(agentUser.id());
        assertThat(queries.messages(ticket.number(), agentActor))
                .filteredOn(m -> m.kind() == MessageKind.PUBLIC_REPLY)
                .singleElement()
                .satisfies(
                        m -> assertThat(m.body()).startsWith("您反馈的“门锁离线”已处理完毕").contains("一、"));
        assertThat(queries.progress(ticket.number(), agentActor))
                .singleElement()
                .satisfies(p -> assertThat(p.details()).isEqualTo("远程重置了门锁网络模块"));
        assertThat(macros.list(editor))
                .singleElement()
                .satisfies(m -> assertThat(m.uses()).isEqualTo(1));
        assertThat(templates.list(editor))
                .filteredOn(t -> t.id() == solvedTemplate)
                .singleElement()
                .satisfies(t -> assertThat(t.uses()).isEqualTo(1));
    }

    @Test
    void whenAnyPartIsRefusedNothingOfTheMacroStays() {
        MacroView macro = macros.create(
                new MacroDraft("直接办结", solvedTemplate, TicketStatus.RESOLVED, ProgressLabel.OTHER, "办结", true), editor);

        agent.get("/tickets/" + ticket.number());
        WebSession.Page after =
                agent.post("/knowledge/macros/" + macro.id() + "/apply?ticket=" + ticket.number(), Map.of());

        assertThat(after.url()).endsWith("/tickets/" + ticket.number());
        assertThat(after.html().select(".alert.error").text()).isNotBlank();
        Actor agentActor = Fixtures.actor(agentUser);
        TicketView now = queries.get(ticket.number(), agentActor);
        assertThat(now.status()).isEqualTo(TicketStatus.NEW);
        assertThat(now.assigneeId()).isNull();
        assertThat(queries.messages(ticket.number(), agentActor)).isEmpty();
        assertThat(queries.progress(ticket.number(), agentActor)).isEmpty();
        assertThat(macros.list(editor))
                .singleElement()
                .satisfies(m -> assertThat(m.uses()).isZero());
    }

    @Test
    void aMacroThatDoesNothingOrLacksItsProgressDetailsIsRefused() {
        WebSession editorPages = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(tenant, Role.SUPERVISOR).username(), Fixtures.PASSWORD, "zh-CN");
        editorPages.get("/knowledge/macros");

        WebSession.Page empty = editorPages.post("/knowledge/macros", Map.of("name", "空"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html().select("#macro-form .error").text()).isEqualTo("快捷操作至少要做一件事。");
        WebSession.Page noDetails =
                editorPages.post("/knowledge/macros", Map.of("name", "记录", "progressLabel", "OTHER"));
        assertThat(noDetails.html().select("#macro-form .error").text()).isEqualTo("进展说明需要 1 到 2000 个字。");
        assertThat(noDetails.html().select("#macro-name").attr("value")).isEqualTo("记录");
        WebSession.Page saved = editorPages.post(
                "/knowledge/macros", Map.of("name", "接单", "takeTicket", "true", "status", "IN_PROGRESS"));
        assertThat(saved.html().select("#macros tbody tr").text()).contains("接单", "接单（由我处理）", "改为“处理中”");
        agent.get("/knowledge/macros");
        assertThat(agent.post("/knowledge/macros", Map.of("name", "x", "takeTicket", "true"))
                        .status())
                .isEqualTo(403);
    }
}

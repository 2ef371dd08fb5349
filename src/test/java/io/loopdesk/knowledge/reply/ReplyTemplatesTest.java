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
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketView;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tenant starts with the standard templates in its language; an agent puts a template into a reply with the
 * ticket's values and numbered points, which counts a use; the tenant's opening and closing go around every public
 * reply of its desk, once, and never around internal notes or the customer's own words; a template with an unknown
 * variable is refused with its name.
 */
@IntegrationTest
class ReplyTemplatesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    ReplyTemplates templates;

    TenantInfo tenant;
    UserView agentUser;
    WebSession editor;
    TicketView ticket;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agentUser = fixtures.staff(tenant, Role.AGENT);
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        editor = WebSession.signedIn(fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD, "zh-CN");
        ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket().title("门锁离线").build(),
                Fixtures.actor(fixtures.customer(tenant)));
    }

    @Test
    void aTenantStartsWithTheStandardTemplatesInItsLanguageOnce() {
        assertThat(templates.list(Fixtures.actor(agentUser)))
                .extracting(ReplyTemplateView::name)
                .contains("已受理", "处理中", "请补充信息", "已解决请确认", "转交同事", "派单至平台", "升级处理");
        assertThat(templates.list(Fixtures.actor(agentUser))).hasSize(7);
        TenantInfo english = fixtures.tenantIn(ZoneId.of("Europe/London"), Locale.ENGLISH);
        assertThat(templates.list(Fixtures.actor(fixtures.staff(english, Role.AGENT))))
                .extracting(ReplyTemplateView::name)
                .contains("Received", "Solved, please confirm", "Escalated");
    }

    @Test
    void aTicketIsOfferedTheTemplatesInItsOwnLanguage() {
        editor.get("/knowledge/templates");
        WebSession.Page added = editor.post("/knowledge/templates/standard", Map.of("language", "en"));
        assertThat(added.html().select(".alert.ok").text()).isEqualTo("已添加 7 条标准话术。");
        assertThat(editor.post("/knowledge/templates/standard", Map.of("language", "en"))
                        .html()
                        .select(".alert.ok")
                        .text())
                .as("only those the desk does not have yet")
                .isEqualTo("已添加 0 条标准话术。");
        assertThat(editor.post("/knowledge/templates/standard", Map.of("language", "fr"))
                        .html()
                        .select(".alert.error")
                        .text())
                .isEqualTo("话术语言只能是中文（zh）或英文（en）。");
        WebSession.Page refused = editor.post(
                "/knowledge/templates", Map.of("name", "Bonjour", "body", "Bonjour {customer}", "language", "fr"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("话术语言只能是中文（zh）或英文（en）。");
        assertThat(templates.list(Fixtures.actor(agentUser)))
                .extracting(ReplyTemplateView::name)
                .doesNotContain("Bonjour");
        editor.post("/knowledge/templates", Map.of("name", "通用致谢", "body", "Thanks / 谢谢 {customer}", "language", ""));

        TicketView english = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket()
                        .title("Door lock keeps going offline")
                        .description("Since the last firmware update my smart lock drops off the Wi-Fi every night"
                                + " and the app shows it offline until I restart the router.")
                        .build(),
                Fixtures.actor(fixtures.customer(tenant)));
        assertThat(english.language()).isEqualTo("en");
        assertThat(templates.fitting(english, Fixtures.actor(agentUser)))
                .extracting(ReplyTemplateView::name)
                .contains("Received", "通用致谢")
                .doesNotContain("已受理");
        assertThat(templates.fitting(ticket, Fixtures.actor(agentUser)))
                .extracting(ReplyTemplateView::name)
                .contains("已受理", "通用致谢")
                .doesNotContain("Received");
    }

    @Test
    void anAgentPutsATemplateIntoTheReplyWithTheTicketsValuesAndItIsCounted() {
        editor.get("/knowledge/templates");
        WebSession.Page saved = editor.post(
                "/knowledge/templates",
                Map.of(
                        "name", "离线排查",
                        "body", "{customer}您好，工单 {number}（{title}）请按以下步骤排查：\n- 重启路由器\n- 重新配网\n客服 {agent}",
                        "status", "NEW",
                        "numbering", "CHINESE"));
        assertThat(saved.html().select(".alert.ok").text()).isEqualTo("话术已保存。");
        long id = templates.list(Fixtures.actor(agentUser)).stream()
                .filter(t -> t.name().equals("离线排查"))
                .findFirst()
                .orElseThrow()
                .id();

        WebSession agent = WebSession.signedIn(fixtures.baseUrl(), agentUser.username(), Fixtures.PASSWORD, "zh-CN");
        WebSession.Page panel = agent.get("/knowledge/panel?ticket=" + ticket.number());
        assertThat(panel.html().select("#use-template-" + id))
                .as("offered on a new ticket")
                .isNotEmpty();
        agent.get("/tickets/" + ticket.number());
        WebSession.Page rendered =
                agent.post("/knowledge/templates/" + id + "/render?ticket=" + ticket.number(), Map.of());
        assertThat(rendered.html().wholeText())
                .isEqualTo("张伟您好，工单 " + ticket.number() + "（门锁离线）请按以下步骤排查：\n一、重启路由器\n二、重新配网\n客服 "
                        + agentUser.displayName());
        assertThat(editor.get("/knowledge/templates")
                        .html()
                        .select("#template-" + id + " .num")
                        .text())
                .isEqualTo("1");

        tickets.changeStatus(
                ticket.number(), io.loopdesk.ticket.value.TicketStatus.IN_PROGRESS, null, Fixtures.actor(agentUser));
        assertThat(agent.get("/knowledge/panel?ticket=" + ticket.number())
                        .html()
                        .select("#use-template-" + id))
                .as("a NEW-only template is not offered on a ticket in progress")
                .isEmpty();
    }

    @Test
    void everyPublicReplyOfTheDeskIsWrappedOnceAndNothingElse() {
        editor.get("/knowledge/templates");
        WebSession.Page wrapped = editor.post(
                "/knowledge/templates/wrap", Map.of("opening", "您好，{customer}：", "closing", "祝您生活愉快！客服 {agent}"));
        assertThat(wrapped.html().select("#wrap-opening").attr("value")).isEqualTo("您好，{customer}：");
        Actor agent = Fixtures.actor(agentUser);

        tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "请重启门锁。", agent);
        tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "您好，张伟：\n已为您远程重置。", agent);
        tickets.addMessage(ticket.number(), MessageKind.INTERNAL_NOTE, "内部：网关固件旧", agent);

        List<String> bodies = queries.messages(ticket.number(), agent).stream()
                .map(MessageView::body)
                .toList();
        String closing = "祝您生活愉快！客服 " + agentUser.displayName();
        assertThat(bodies).containsExactly("您好，张伟：\n请重启门锁。\n" + closing, "您好，张伟：\n已为您远程重置。\n" + closing, "内部：网关固件旧");
    }

    @Test
    void aTemplateOrPhraseWithAnUnknownVariableIsRefusedWithItsName() {
        editor.get("/knowledge/templates");
        WebSession.Page refused = editor.post(
                "/knowledge/templates", Map.of("name", "坏话术", "body", "您好 {name}，订单 {order}", "numbering", "ARABIC"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select("#template-form .error").text()).startsWith("不认识的变量：{name} {order}。");
        assertThat(refused.html().select("#template-body").text()).isEqualTo("您好 {name}，订单 {order}");
        WebSession.Page badWrap = editor.post("/knowledge/templates/wrap", Map.of("opening", "Hi {nombre}"));
        assertThat(badWrap.status()).isEqualTo(400);
        WebSession.Page duplicate =
                editor.post("/knowledge/templates", Map.of("name", "已受理", "body", "x", "numbering", "ARABIC"));
        assertThat(duplicate.html().select("#template-form .error").text()).isEqualTo("已有同名话术。");
        WebSession agent = WebSession.signedIn(fixtures.baseUrl(), agentUser.username(), Fixtures.PASSWORD, "zh-CN");
        agent.get("/knowledge/templates");
        assertThat(agent.post("/knowledge/templates", Map.of("name", "x", "body", "x"))
                        .status())
                .as("agents use templates; editors write them")
                .isEqualTo(403);
    }
}

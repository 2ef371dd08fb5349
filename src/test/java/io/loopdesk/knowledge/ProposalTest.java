package io.loopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agent makes a ticket's answer into a proposed article, prefilled with contacts masked and internal notes left
 * out; an editor rejects it with a reason or approves it edited, as a new article in review or as the next version
 * of the article it changes; the proposer is told either way; nobody else decides, and nobody outside the tenant
 * sees it.
 */
@IntegrationTest
class ProposalTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    Articles articles;

    @Autowired
    BackgroundWork background;

    TenantInfo tenant;
    UserView agentUser;
    UserView supervisor;
    WebSession agent;
    WebSession editor;
    TicketView ticket;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agentUser = fixtures.staff(tenant, Role.AGENT);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        agent = WebSession.signedIn(fixtures.baseUrl(), agentUser.username(), Fixtures.PASSWORD, "zh-CN");
        editor = WebSession.signedIn(fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD, "zh-CN");
        ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket()
                        .title("门锁绑定不了新手机")
                        .description("换了新手机后门锁 App 绑定失败，一直提示设备已被绑定。我的电话 13812345678，邮箱 wang.li@example.com，请尽快帮忙。")
                        .build(),
                Fixtures.actor(fixtures.customer(tenant)));
        agent.get("/tickets/" + ticket.number());
        agent.post(
                "/tickets/" + ticket.number() + "/messages",
                Map.of("kind", "PUBLIC_REPLY", "body", "请在旧手机的 App 里先解绑设备，再用新手机扫码绑定。"));
        agent.post(
                "/tickets/" + ticket.number() + "/messages", Map.of("kind", "INTERNAL_NOTE", "body", "内部：这个客户上周也问过"));
    }

    @Test
    void theProposalIsPrefilledFromTheTicketWithContactsMaskedAndWithoutInternalNotes() {
        WebSession.Page form = agent.get("/knowledge/proposals/new?ticket=" + ticket.number());

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("#title").attr("value")).isEqualTo("门锁绑定不了新手机");
        String body = form.html().select("#body").text();
        assertThat(body).contains("<h2>问题</h2>", "138****5678", "w***@example.com", "<h2>解答</h2>", "先解绑设备");
        assertThat(body).doesNotContain("13812345678", "wang.li@", "上周也问过");
        assertThat(agent.get("/knowledge/proposals/new?ticket=999999-999999").status())
                .isEqualTo(404);
    }

    @Test
    void anEditorRejectsWithAReasonAndApprovesAnEditedNewArticleInReview() {
        long first = propose(Map.of());
        assertThat(notices(supervisor, "新的文章建议")).hasSize(1);

        assertThat(agent.post("/knowledge/proposals/" + first + "/approve", Map.of("title", "x", "body", "<p>x</p>"))
                        .status())
                .as("an agent does not decide")
                .isEqualTo(403);
        editor.get("/knowledge/proposals/" + first);
        WebSession.Page noReason = editor.post("/knowledge/proposals/" + first + "/reject", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.html().select("#reject-form .error").text()).isEqualTo("请说明原因，最多 500 个字。");
        WebSession.Page rejected = editor.post("/knowledge/proposals/" + first + "/reject", Map.of("reason", "已有同类文章"));
        assertThat(rejected.html().select("#proposal-status").text()).isEqualTo("已驳回");
        assertThat(rejected.html().select("#proposal-reason").text()).contains("已有同类文章");
        assertThat(notices(agentUser, "未被采纳")).hasSize(1);
        assertThat(editor.post("/knowledge/proposals/" + first + "/approve", Map.of("title", "x", "body", "<p>x</p>"))
                        .status())
                .as("decided once")
                .isEqualTo(409);

        long second = propose(Map.of());
        editor.get("/knowledge/proposals/" + second);
        WebSession.Page approved = editor.post(
                "/knowledge/proposals/" + second + "/approve",
                Map.of("title", "换新手机后如何重新绑定门锁", "body", "<p>先在旧手机解绑，再用新手机绑定。</p><script>x</script>"));
        assertThat(approved.url()).matches(".*/knowledge/\\d+$");
        assertThat(approved.html().select("#article-title").text()).isEqualTo("换新手机后如何重新绑定门锁");
        assertThat(approved.html().select("#article-status").text()).isEqualTo("审核中");
        assertThat(approved.html().select("#article-body").html()).doesNotContain("script");
        assertThat(editor.get("/knowledge/proposals/" + second)
                        .html()
                        .select("#proposal-status")
                        .text())
                .isEqualTo("已通过");
        assertThat(notices(agentUser, "已通过")).hasSize(1);
    }

    @Test
    void aChangeProposalBecomesTheArticlesNextVersion() {
        ArticleView existing = articles.create(
                new ArticleDraft(
                        ArticleKind.FAQ, "如何绑定门锁", "<p>用手机扫码绑定。</p>", null, "账号与绑定", null, "zh-CN", List.of("绑定")),
                null,
                Fixtures.actor(supervisor));
        long id = propose(Map.of("articleId", Long.toString(existing.id())));
        editor.get("/knowledge/proposals/" + id);

        WebSession.Page approved = editor.post(
                "/knowledge/proposals/" + id + "/approve",
                Map.of("title", "如何绑定门锁（含换手机）", "body", "<p>换手机时先在旧手机解绑。</p>"));

        assertThat(approved.url()).endsWith("/knowledge/" + existing.id());
        assertThat(approved.html().select("#versions tbody tr")).hasSize(2);
        assertThat(approved.html().select("#article-title").text()).isEqualTo("如何绑定门锁（含换手机）");
        assertThat(approved.html().text()).contains("账号与绑定");
    }

    @Test
    void aBadProposalIsAskedAgainAndAnotherTenantSeesNothing() {
        agent.get("/knowledge/proposals/new?ticket=" + ticket.number());
        WebSession.Page bad = agent.post(
                "/knowledge/proposals",
                Map.of("ticket", ticket.number(), "title", "", "body", "<script>alert(1)</script>", "note", "说明"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().select(".field.invalid")).hasSize(2);
        assertThat(bad.html().select("#note").attr("value")).isEqualTo("说明");

        long id = propose(Map.of());
        TenantInfo other = fixtures.tenant();
        WebSession stranger = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(other, Role.SUPERVISOR).username(), Fixtures.PASSWORD, "zh-CN");
        assertThat(stranger.get("/knowledge/proposals/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/knowledge/proposals/new?ticket=" + ticket.number())
                        .status())
                .isEqualTo(404);
        assertThat(stranger.get("/knowledge/proposals").html().select("#proposals tbody tr"))
                .isEmpty();
    }

    private long propose(Map<String, String> extra) {
        agent.get("/knowledge/proposals/new?ticket=" + ticket.number());
        Map<String, String> form = new java.util.HashMap<>(Map.of(
                "ticket",
                ticket.number(),
                "title",
                "门锁换手机绑定",
                "body",
                "<h2>问题</h2><p>换手机后绑定失败。</p><h2>解答</h2><p>先在旧手机解绑。</p>",
                "note",
                "常见问题"));
        form.putAll(extra);
        WebSession.Page sent = agent.post("/knowledge/proposals", form);
        assertThat(sent.html().select(".alert.ok").text()).contains("已提交");
        return Long.parseLong(sent.url().replaceAll(".*/", ""));
    }

    private List<String> notices(UserView user, String containing) {
        background.settle();
        return StreamSupport.stream(
                        fixtures.api(user)
                                .get("/api/v1/notifications")
                                .get("notifications")
                                .spliterator(),
                        false)
                .map(node -> node.toString())
                .filter(text -> text.contains(containing))
                .toList();
    }
}

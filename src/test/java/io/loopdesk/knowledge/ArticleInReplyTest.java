package io.loopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On the ticket page an agent finds articles for the ticket and puts one into the reply, as its text or its link;
 * the article is then linked to the ticket, once however often it is inserted, and editors see on how many tickets
 * each article was used.
 */
@IntegrationTest
class ArticleInReplyTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Articles articles;

    @Autowired
    Tickets tickets;

    TenantInfo tenant;
    WebSession agent;
    WebSession editorPages;
    TicketView ticket;
    long wifi;
    long draft;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        Actor editor = Fixtures.actor(supervisor);
        editorPages = WebSession.signedIn(fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD, "zh-CN");
        wifi = articles.create(
                        new ArticleDraft(
                                ArticleKind.TROUBLESHOOTING,
                                "门锁连不上 WiFi",
                                "<ol><li>确认路由器是 2.4 GHz。</li><li>长按复位键五秒后重新配网。</li></ol>",
                                null,
                                null,
                                null,
                                "zh-CN",
                                List.of("WiFi")),
                        null,
                        editor)
                .id();
        articles.move(wifi, ArticleStatus.PUBLISHED, editor);
        draft = articles.create(
                        new ArticleDraft(
                                ArticleKind.FAQ, "门锁 WiFi 草稿", "<p>草稿</p>", null, null, null, "zh-CN", List.of()),
                        null,
                        editor)
                .id();
        UserView customer = fixtures.customer(tenant);
        ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket().title("门锁无法连接 WiFi").build(),
                Fixtures.actor(customer));
        agent = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(tenant, Role.AGENT).username(), Fixtures.PASSWORD, "zh-CN");
    }

    @Test
    void anAgentPutsAnArticleIntoTheReplyAndItIsCountedOncePerTicket() {
        WebSession.Page panel = agent.get("/knowledge/panel?ticket=" + ticket.number());
        assertThat(panel.html().select("#kb-hit-" + wifi)).isNotEmpty();
        assertThat(panel.html().select("#kb-hit-" + draft))
                .as("drafts are not sent to customers")
                .isEmpty();
        assertThat(agent.get("/knowledge/panel/results?ticket=" + ticket.number() + "&q=" + encode("复位键"))
                        .html()
                        .select("#kb-hit-" + wifi))
                .isNotEmpty();

        agent.get("/tickets/" + ticket.number());
        WebSession.Page text =
                agent.post("/knowledge/" + wifi + "/insert?ticket=" + ticket.number() + "&as=TEXT", Map.of());
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.html().text()).contains("门锁连不上 WiFi", "确认路由器是 2.4 GHz。", "长按复位键五秒后重新配网。");
        WebSession.Page link =
                agent.post("/knowledge/" + wifi + "/insert?ticket=" + ticket.number() + "&as=LINK", Map.of());
        assertThat(link.html().text()).contains("/help/" + tenant.code() + "/articles/" + wifi);
        assertThat(agent.post("/knowledge/" + draft + "/insert?ticket=" + ticket.number() + "&as=TEXT", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(agent.post("/knowledge/" + wifi + "/insert?ticket=999999-999999&as=TEXT", Map.of())
                        .status())
                .isEqualTo(404);

        assertThat(agent.get("/knowledge/panel?ticket=" + ticket.number())
                        .html()
                        .select("#kb-used")
                        .text())
                .contains("门锁连不上 WiFi");
        assertThat(editorPages
                        .get("/knowledge/" + wifi)
                        .html()
                        .select("#article-uses")
                        .text())
                .isEqualTo("已用于 1 个工单");
    }

    @Test
    void anotherTenantsAgentCannotUseTheTicketOrTheArticle() {
        TenantInfo other = fixtures.tenant();
        WebSession stranger = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(other, Role.AGENT).username(), Fixtures.PASSWORD, "zh-CN");
        stranger.get("/knowledge");

        assertThat(stranger.get("/knowledge/panel?ticket=" + ticket.number()).status())
                .isEqualTo(404);
        assertThat(stranger.post("/knowledge/" + wifi + "/insert?ticket=" + ticket.number() + "&as=TEXT", Map.of())
                        .status())
                .isEqualTo(404);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}

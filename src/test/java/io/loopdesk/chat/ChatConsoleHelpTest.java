package io.loopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.knowledge.ArticleDraft;
import io.loopdesk.knowledge.ArticleKind;
import io.loopdesk.knowledge.ArticleStatus;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.knowledge.reply.Numbering;
import io.loopdesk.knowledge.reply.ReplyTemplates;
import io.loopdesk.knowledge.reply.TemplateDraft;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Beside a chat the agent has the desk's reply templates (filled for this chat), its knowledge articles (a link the
 * visitor can open), and, for a customer signed in to the portal, their earlier tickets and chats.
 */
@IntegrationTest
class ChatConsoleHelpTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Chats chats;

    @Autowired
    ChatEnding ending;

    @Autowired
    Articles articles;

    @Autowired
    ReplyTemplates templates;

    @Autowired
    BackgroundWork background;

    @Test
    void aSignedInCustomersChatShowsTheirHistoryAndTheAgentInsertsATemplateAndAnArticle() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        Actor editor = Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR));
        UserView customer = fixtures.customer(tenant);
        TicketView earlier = fixtures.ticketOf(customer);
        long article = articles.create(
                        new ArticleDraft(
                                ArticleKind.TROUBLESHOOTING,
                                "扫地机器人回不了充电座",
                                "<p>清洁充电座触点，移开充电座前的障碍物。</p>",
                                null,
                                null,
                                null,
                                "zh-CN",
                                List.of()),
                        null,
                        editor)
                .id();
        articles.move(article, ArticleStatus.PUBLISHED, editor);
        long template = templates
                .create(
                        new TemplateDraft("问候", "{customer}您好，我是{agent}，很高兴为您服务。", null, null, Numbering.ARABIC, "zh"),
                        editor)
                .id();
        background.settle();

        // the customer, signed in to the portal, starts two chats, one after the other: they chat as themselves
        WebSession portal = WebSession.signedIn(fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD, "zh-CN");
        WebSession.Page fromPortal = portal.get("/chat/mine");
        assertThat(fromPortal.url()).endsWith("/chat/w/" + tenant.code());
        assertThat(fromPortal.html().select("#chat-name").attr("value")).isEqualTo(customer.displayName());
        Api asCustomer = fixtures.anonymous().withHeader("Cookie", portal.cookieHeader());
        Api.Response first = asCustomer.post("/api/v1/chat/visitors", Map.of("tenant", tenant.code(), "name", ""));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        TenantScope.inTenant(tenant.id(), () -> ending.end(first.get("chatId").asLong(), null));
        Api.Response second = asCustomer.post("/api/v1/chat/visitors", Map.of("tenant", tenant.code(), "name", ""));
        long chatId = second.get("chatId").asLong();
        ChatView chat = TenantScope.inTenant(tenant.id(), () -> chats.get(chatId));
        assertThat(chat.customerId()).isEqualTo(customer.id());
        assertThat(chat.visitorName()).isEqualTo(customer.displayName());
        // a guest's chat is nobody's; the widget labelled where it sits
        Api.Response guest = fixtures.anonymous()
                .post("/api/v1/chat/visitors", Map.of("tenant", tenant.code(), "name", "访客", "channel", "官网"));
        ChatView guestChat = TenantScope.inTenant(
                tenant.id(), () -> chats.get(guest.get("chatId").asLong()));
        assertThat(guestChat.customerId()).isNull();
        assertThat(guestChat.source()).isEqualTo("官网");
        Api.Response badChannel = fixtures.anonymous()
                .withHeader("Accept-Language", "zh-CN")
                .post(
                        "/api/v1/chat/visitors",
                        Map.of("tenant", tenant.code(), "name", "访客", "channel", "x".repeat(61)));
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.text("detail")).isEqualTo("渠道名称最多 60 个字符。");

        WebSession console = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "zh-CN");
        WebSession.Page page = console.get("/chat?chat=" + chatId);
        assertThat(page.html().select("#chat-earlier-tickets").text()).contains(earlier.number());
        assertThat(page.html().select("#chat-earlier-chats li")).hasSize(1);
        assertThat(page.html().select("#chat-template option").eachText()).contains("问候");

        Api agentApi = fixtures.anonymous()
                .withHeader("Cookie", console.cookieHeader())
                .withHeader(
                        "X-CSRF-TOKEN", page.html().select("meta[name=_csrf]").attr("content"));
        Api.Response filled = agentApi.postRaw("/chat/" + chatId + "/templates/" + template, "");
        assertThat(filled.status()).isEqualTo(200);
        assertThat(filled.body()).isEqualTo(customer.displayName() + "您好，我是" + agent.displayName() + "，很高兴为您服务。");

        Api.Response found = agentApi.get(
                "/chat/articles?q=" + java.net.URLEncoder.encode("充电座", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("扫地机器人回不了充电座").contains("/help/" + tenant.code() + "/articles/" + article);
    }
}

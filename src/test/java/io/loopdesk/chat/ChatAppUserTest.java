package io.loopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.StompChat;
import io.loopdesk.testing.WebSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A brand's server starts a live chat for its app's signed-in user with the app's key: the chat knows the user by the
 * app's own id, so the console shows their earlier chats; the app opens the answer's address in a webview.
 */
@IntegrationTest
class ChatAppUserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Chats chats;

    @Autowired
    ChatEnding ending;

    @Test
    void anAppStartsAChatForItsUserWhoseEarlierChatsTheAgentSeesAndBadRequestsAreRefused() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        String appKey = fixtures.api(admin)
                .post("/api/v1/feedback-apps", Map.of("name", "Acme Home", "product", "智能门锁 X2"))
                .text("key");
        Api app = fixtures.app(appKey).withHeader("Accept-Language", "zh-CN");

        Api.Response first = app.post("/api/v1/feedback/chats", Map.of("userId", "u-1001", "name", "门锁用户"));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long firstChat = first.get("chatId").asLong();
        assertThat(first.text("url"))
                .startsWith(fixtures.baseUrl() + "/chat/w/" + tenant.code() + "#chat=" + firstChat + ".ldv_");
        ChatView chat = TenantScope.inTenant(tenant.id(), () -> chats.get(firstChat));
        assertThat(chat.appUser()).isEqualTo("u-1001");
        assertThat(chat.visitorName()).isEqualTo("门锁用户");
        // the token in the answer is the visitor's, as for any web visitor
        try (StompChat visitor = StompChat.visitor(fixtures.baseUrl(), first.text("visitorToken"), "zh-CN")) {
            assertThat(visitor.connected()).isTrue();
        }
        TenantScope.inTenant(tenant.id(), () -> ending.end(firstChat, null));

        // the same user again, without a name: known by their id; the agent sees the earlier chat
        Api.Response second = app.post("/api/v1/feedback/chats", Map.of("userId", "u-1001"));
        long secondChat = second.get("chatId").asLong();
        assertThat(TenantScope.inTenant(tenant.id(), () -> chats.get(secondChat))
                        .visitorName())
                .isEqualTo("u-1001");
        WebSession.Page console = fixtures.pages(agent).get("/chat?chat=" + secondChat);
        assertThat(console.html().select("#chat-earlier-chats li")).hasSize(1);
        assertThat(console.html().select("#chat-earlier-tickets")).isEmpty();
        // another user of the app has no history
        long stranger = app.post("/api/v1/feedback/chats", Map.of("userId", "u-2002"))
                .get("chatId")
                .asLong();
        assertThat(fixtures.pages(agent).get("/chat?chat=" + stranger).html().select("#chat-earlier-chats li"))
                .isEmpty();

        Api.Response noUser = app.post("/api/v1/feedback/chats", Map.of("name", "谁"));
        assertThat(noUser.status()).isEqualTo(400);
        assertThat(noUser.text("detail")).isEqualTo("请提供 App 用户 ID（1 到 100 个字符）。");
        Api.Response badKey = fixtures.app("lda_forged").post("/api/v1/feedback/chats", Map.of("userId", "u-1"));
        assertThat(badKey.status()).isEqualTo(401);
    }
}

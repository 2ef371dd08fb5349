package io.loopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor has an ended chat's transcript mailed to them, through the notification outbox, in their language; only
 * with their chat's token, only once it has ended, only to an address, and only a few times per chat.
 */
@IntegrationTest
class ChatTranscriptTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Chats chats;

    @Autowired
    ChatEnding ending;

    @Autowired
    BackgroundWork background;

    @Test
    void theVisitorOfAnEndedChatGetsItsTranscriptByMailAndBadRequestsAreRefusedWithTheirReason() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        VisitorStart start = chats.start(tenant.code(), "发记录的访客");
        TenantScope.inTenant(tenant.id(), () -> {
            chats.fromVisitor(start.chatId(), "v-1", "扫地机器人回不了充电座");
            return chats.fromAgent(start.chatId(), Fixtures.actor(agent), "a-1", "请清洁充电座上的金属触点");
        });
        String address = "visitor-" + start.chatId() + "@example.com";
        Api visitor = fixtures.anonymous().withHeader("Accept-Language", "zh-CN");
        String path = "/api/v1/chat/visitors/transcript";

        Api.Response early = visitor.post(path, Map.of("token", start.visitorToken(), "email", address));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text("detail")).isEqualTo("会话结束后才能发送聊天记录。");

        TenantScope.inTenant(tenant.id(), () -> ending.end(start.chatId(), null));
        Api.Response badAddress = visitor.post(path, Map.of("token", start.visitorToken(), "email", "not mail"));
        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(badAddress.text("detail")).isEqualTo("请填写有效的邮箱地址。");
        Api.Response forged = visitor.post(path, Map.of("token", "ldv_" + tenant.id() + "_forged", "email", address));
        assertThat(forged.status()).isEqualTo(404);

        assertThat(visitor.post(path, Map.of("token", start.visitorToken(), "email", address))
                        .status())
                .isEqualTo(202);
        background.settle();
        List<MimeMessage> received = TestMail.to(address);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().getSubject()).isEqualTo("您与 " + tenant.name() + " 的在线客服聊天记录");
        assertThat(received.getFirst().getContent().toString())
                .contains("发记录的访客：扫地机器人回不了充电座")
                .contains(agent.displayName() + "：请清洁充电座上的金属触点");

        // three per chat: the form cannot be used to mail strangers
        visitor.post(path, Map.of("token", start.visitorToken(), "email", address));
        visitor.post(path, Map.of("token", start.visitorToken(), "email", address));
        Api.Response tooMany = visitor.post(path, Map.of("token", start.visitorToken(), "email", "other@example.com"));
        assertThat(tooMany.status()).isEqualTo(409);
        assertThat(tooMany.text("detail")).isEqualTo("该会话的聊天记录已发送 3 次，不能再发送。");
        background.settle();
        assertThat(TestMail.to("other@example.com")).isEmpty();
    }
}

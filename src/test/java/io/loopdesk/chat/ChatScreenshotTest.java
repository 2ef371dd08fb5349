package io.loopdesk.chat;

import static io.loopdesk.testing.StompChat.next;
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
import io.loopdesk.ticket.Attachments;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A screenshot in a chat: sent by the visitor with its token, delivered to the agent like a message, fetched by
 * either side, checked like every attachment (a program renamed {@code .png} is refused with the reason, nothing
 * kept), and filed on the chat's ticket with the transcript.
 */
@IntegrationTest
class ChatScreenshotTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Chats chats;

    @Autowired
    ChatEnding ending;

    @Autowired
    Attachments attachments;

    @Test
    void aVisitorsScreenshotReachesTheAgentIsCheckedLikeAnAttachmentAndGoesOntoTheTicket() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        VisitorStart start = chats.start(tenant.code(), "发截图的访客");
        byte[] png = png();
        Api visitor = fixtures.anonymous()
                .withHeader("X-Visitor-Token", start.visitorToken())
                .withHeader("Accept-Language", "zh-CN");

        try (StompChat console = StompChat.staff(fixtures.baseUrl(), fixtures.pages(agent), "zh-CN")) {
            BlockingQueue<JsonNode> agentSees = console.subscribe("/topic/chat." + start.chatId());
            Thread.sleep(200);
            Api.Response sent = visitor.multipart(
                    "/chat/w/files",
                    Map.of("clientId", "v-shot"),
                    List.of(new Api.FilePart("file", "报错截图.png", "image/png", png)));
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            JsonNode line = next(agentSees, "author");
            assertThat(line.get("body").asString()).isEqualTo("报错截图.png");
            assertThat(line.get("file").get("type").asString()).isEqualTo("image/png");
            assertThat(line.get("file").get("size").asLong()).isEqualTo(png.length);
        }
        // both sides fetch it: the visitor with its token, the agent with the session; nobody else
        Api.Download mine = visitor.download("/chat/w/files/1");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.header("Content-Type")).isEqualTo("image/png");
        assertThat(mine.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(mine.body()).isEqualTo(png);
        WebSession staff = fixtures.pages(agent);
        assertThat(staff.download("/chat/" + start.chatId() + "/files/1").body())
                .isEqualTo(png);
        assertThat(fixtures.anonymous().download("/chat/w/files/1").status()).isEqualTo(404);
        UserView stranger = fixtures.staff(fixtures.tenant(), Role.AGENT);
        assertThat(fixtures.pages(stranger)
                        .download("/chat/" + start.chatId() + "/files/1")
                        .status())
                .isEqualTo(404);

        // a script renamed .png is refused with the reason, and nothing is written to the chat
        Api.Response refused = visitor.multipart(
                "/chat/w/files",
                Map.of(),
                List.of(new Api.FilePart(
                        "file", "截图.png", "image/png", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).isNotBlank();
        assertThat(TenantScope.inTenant(tenant.id(), () -> chats.since(start.chatId(), 0)))
                .hasSize(1);

        ChatView ended = TenantScope.inTenant(tenant.id(), () -> ending.end(start.chatId(), null));
        assertThat(attachments.of(ended.ticketNumber(), Fixtures.actor(agent)))
                .singleElement()
                .satisfies(file -> assertThat(file.filename()).isEqualTo("报错截图.png"));
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

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
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A visitor and an agent talking over the real chat socket (STOMP on a WebSocket, as the widget and the console do):
 * what each sends the other receives, in order, once; a resend is not doubled; a reconnecting client gets what it
 * missed; and nobody gets into a chat that is not theirs.
 */
@IntegrationTest
class ChatConversationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Chats chats;

    @Autowired
    TestClock clock;

    @Autowired
    ChatEnding ending;

    @Autowired
    TicketQueries queries;

    TenantInfo tenant;
    UserView agent;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
    }

    @Test
    void aVisitorAndAnAgentTalkEachMessageOnceInOrderAndAReconnectingVisitorGetsWhatItMissed() throws Exception {
        Api.Response started =
                fixtures.anonymous().post("/api/v1/chat/visitors", Map.of("tenant", tenant.code(), "name", "小王"));
        assertThat(started.status()).isEqualTo(201);
        long chatId = started.get("chatId").asLong();
        String token = started.text("visitorToken");

        try (StompChat visitor = StompChat.visitor(fixtures.baseUrl(), token, "zh-CN");
                StompChat console = StompChat.staff(fixtures.baseUrl(), fixtures.pages(agent), "zh-CN")) {
            assertThat(visitor.connected()).isTrue();
            assertThat(console.connected()).isTrue();
            BlockingQueue<JsonNode> visitorSees = visitor.subscribe("/topic/chat." + chatId);
            BlockingQueue<JsonNode> agentSees = console.subscribe("/topic/chat." + chatId);
            Thread.sleep(200); // both subscriptions registered with the broker before the first message

            visitor.send("/app/chat." + chatId, Map.of("clientId", "v-1", "body", "门锁<b>离线</b>了"));
            JsonNode first = next(agentSees, "seq");
            assertThat(first.get("seq").asInt()).isEqualTo(1);
            assertThat(first.get("author").asString()).isEqualTo("VISITOR");
            assertThat(first.get("authorName").asString()).isEqualTo("小王");
            // stored and delivered as the text it is; pages show it as text
            assertThat(first.get("body").asString()).isEqualTo("门锁<b>离线</b>了");
            assertThat(next(visitorSees, "seq").get("seq").asInt()).isEqualTo(1);

            // the same message again, as a client resends after a lost connection: the same line (clients keep one
            // line per number), no second one
            visitor.send("/app/chat." + chatId, Map.of("clientId", "v-1", "body", "门锁<b>离线</b>了"));
            assertThat(next(agentSees, "seq").get("seq").asInt()).isEqualTo(1);
            assertThat(next(visitorSees, "seq").get("seq").asInt()).isEqualTo(1);

            console.send("/app/chat." + chatId, Map.of("clientId", "a-1", "body", "您好，我来帮您看看。"));
            JsonNode reply = next(visitorSees, "seq");
            assertThat(reply.get("seq").asInt()).isEqualTo(2);
            assertThat(reply.get("author").asString()).isEqualTo("AGENT");
            assertThat(reply.get("authorName").asString()).isEqualTo(agent.displayName());
        }

        ChatView chat = TenantScope.inTenant(tenant.id(), () -> chats.get(chatId));
        assertThat(chat.status()).isEqualTo(ChatStatus.ACTIVE);
        assertThat(chat.agentId()).isEqualTo(agent.id());
        assertThat(chat.firstResponseAt()).isNotNull();
        assertThat(TenantScope.inTenant(tenant.id(), () -> chats.since(chatId, 0)))
                .extracting(ChatLine::seq)
                .containsExactly(1, 2);

        // the visitor reloads the page: a new connection asks for what came after the last message it saw
        try (StompChat again = StompChat.visitor(fixtures.baseUrl(), token, "zh-CN")) {
            JsonNode missed = next(again.subscribe("/app/chat." + chatId + ".since.1"));
            assertThat(missed.isArray()).isTrue();
            assertThat(missed).hasSize(1);
            assertThat(missed.get(0).get("body").asString()).isEqualTo("您好，我来帮您看看。");
        }
    }

    @Test
    void anEndedChatIsFiledOnASearchableChatTicketWithEveryMessageAndTakesNoMore() throws Exception {
        VisitorStart start = chats.start(tenant.code(), "老王");
        String send = "/app/chat." + start.chatId();
        try (StompChat visitor = StompChat.visitor(fixtures.baseUrl(), start.visitorToken(), "zh-CN");
                StompChat console = StompChat.staff(fixtures.baseUrl(), fixtures.pages(agent), "zh-CN")) {
            BlockingQueue<JsonNode> visitorSees = visitor.subscribe("/topic/chat." + start.chatId());
            BlockingQueue<JsonNode> errors = visitor.subscribe("/user/queue/errors");
            BlockingQueue<JsonNode> board = console.subscribe("/topic/chats." + tenant.id());
            Thread.sleep(200);
            visitor.send(send, Map.of("clientId", "v-1", "body", "扫地机器人充不上电，指示灯一直闪红"));
            next(visitorSees, "seq");
            console.send(send, Map.of("clientId", "a-1", "body", "请把充电座换个插座试试"));
            next(visitorSees, "seq");
            assertThat(next(board).get("status").asString()).isEqualTo("ACTIVE");

            console.send(send + ".end", Map.of());
            JsonNode ended = next(visitorSees, "status");
            assertThat(ended.get("status").asString()).isEqualTo("CLOSED");
            String number = ended.get("ticketNumber").asString();
            assertThat(number).isNotBlank();
            assertThat(next(board).get("ticketNumber").asString()).isEqualTo(number);

            // nothing more can be said in it, and the visitor is told so
            visitor.send(send, Map.of("clientId", "v-2", "body", "还在吗"));
            assertThat(next(errors).get("code").asString()).isEqualTo("error.chat.closed");

            TicketView ticket = queries.get(number, Fixtures.actor(agent));
            assertThat(ticket.channel()).isEqualTo(Channel.CHAT);
            assertThat(ticket.title()).isEqualTo("扫地机器人充不上电，指示灯一直闪红");
            assertThat(ticket.description())
                    .contains("老王：扫地机器人充不上电，指示灯一直闪红")
                    .contains(agent.displayName() + "：请把充电座换个插座试试")
                    .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} 老王");
            // searchable like any ticket, by the words said in the chat
            assertThat(queries.search("充电座", Fixtures.actor(agent), 10))
                    .extracting(hit -> hit.ticket().number())
                    .contains(number);
        }
        // ending it again files nothing more
        ChatView again = TenantScope.inTenant(tenant.id(), () -> ending.end(start.chatId(), null));
        assertThat(again.ticketNumber()).isNotNull();
    }

    @Test
    void aForgedMalformedOrExpiredTokenIsRefusedAtConnect() throws Exception {
        var start = chats.start(tenant.code(), "Visitor");
        String forged = start.visitorToken().substring(0, start.visitorToken().length() - 4) + "AAAA";
        for (String token : new String[] {forged, "ldv_x", "ld_" + start.visitorToken()}) {
            try (StompChat visitor = StompChat.visitor(fixtures.baseUrl(), token, "en")) {
                assertThat(visitor.connected()).as(token).isFalse();
                assertThat(visitor.nextError()).isEqualTo("chat.refused.token");
            }
        }
        try (StompChat nobody =
                StompChat.staff(fixtures.baseUrl(), WebSession.anonymous(fixtures.baseUrl(), "en"), "en")) {
            assertThat(nobody.connected()).isFalse();
            assertThat(nobody.nextError()).isEqualTo("chat.refused.signIn");
        }

        clock.advance(Duration.ofHours(25));
        try (StompChat late = StompChat.visitor(fixtures.baseUrl(), start.visitorToken(), "en")) {
            assertThat(late.connected()).isFalse();
            assertThat(late.nextError()).isEqualTo("chat.refused.token");
        }
    }

    @Test
    void aVisitorCannotListenToAnotherChatNorAnAgentToAnotherTenants() throws Exception {
        var mine = chats.start(tenant.code(), "A");
        var theirs = chats.start(tenant.code(), "B");
        try (StompChat visitor = StompChat.visitor(fixtures.baseUrl(), mine.visitorToken(), "en")) {
            visitor.subscribe("/topic/chat." + theirs.chatId());
            assertThat(visitor.nextError()).isEqualTo("chat.refused.subscription");
        }
        try (StompChat visitor = StompChat.visitor(fixtures.baseUrl(), mine.visitorToken(), "en")) {
            visitor.subscribe("/topic/chat.*");
            assertThat(visitor.nextError()).isEqualTo("chat.refused.subscription");
        }
        UserView stranger = fixtures.staff(fixtures.tenant(), Role.AGENT);
        try (StompChat console = StompChat.staff(fixtures.baseUrl(), fixtures.pages(stranger), "en")) {
            console.subscribe("/topic/chat." + mine.chatId());
            assertThat(console.nextError()).isEqualTo("chat.refused.subscription");
        }
    }

    @Test
    void aTooLongOrTooFastMessageIsRefusedToItsSenderInTheirLanguageAndTheConnectionStays() throws Exception {
        var start = chats.start(tenant.code(), "Visitor");
        try (StompChat visitor = StompChat.visitor(fixtures.baseUrl(), start.visitorToken(), "en")) {
            BlockingQueue<JsonNode> errors = visitor.subscribe("/user/queue/errors");
            BlockingQueue<JsonNode> lines = visitor.subscribe("/topic/chat." + start.chatId());
            Thread.sleep(200);

            visitor.send("/app/chat." + start.chatId(), Map.of("clientId", "long", "body", "长".repeat(2_001)));
            JsonNode refusal = next(errors);
            assertThat(refusal.get("code").asString()).isEqualTo("error.chat.message.length");
            assertThat(refusal.get("message").asString()).isEqualTo("A message is 1 to 2000 characters long.");
            assertThat(refusal.get("clientId").asString()).isEqualTo("long");

            // still connected: the next message goes through
            visitor.send("/app/chat." + start.chatId(), Map.of("clientId", "ok", "body", "hello"));
            assertThat(next(lines).get("body").asString()).isEqualTo("hello");

            // the allowance is six at once (a tenth of a minute's sixty), so a burst of ten is partly refused, each
            // refusal naming the message it refused, and only the others are stored
            for (int i = 0; i < 10; i++) {
                visitor.send("/app/chat." + start.chatId(), Map.of("clientId", "burst-" + i, "body", "m" + i));
            }
            List<String> refused = new ArrayList<>();
            for (JsonNode error : StompChat.drain(errors, Duration.ofSeconds(2))) {
                assertThat(error.get("code").asString()).isEqualTo("error.chat.tooFast");
                assertThat(error.get("message").asString()).contains("too quickly");
                refused.add(error.get("clientId").asString().replace("burst-", "m"));
            }
            assertThat(refused).isNotEmpty();
            List<String> kept = new ArrayList<>(List.of("hello"));
            for (int i = 0; i < 10; i++) {
                if (!refused.contains("m" + i)) {
                    kept.add("m" + i);
                }
            }
            assertThat(TenantScope.inTenant(tenant.id(), () -> chats.since(start.chatId(), 0)))
                    .extracting(ChatLine::body)
                    .containsExactlyElementsOf(kept);
        }
    }

    @Test
    void readMarksOnlyRiseAndNeverPassTheLastMessageAndEachSideHearsTheOthers() throws Exception {
        VisitorStart start = chats.start(tenant.code(), "已读访客");
        String send = "/app/chat." + start.chatId();
        try (StompChat visitor = StompChat.visitor(fixtures.baseUrl(), start.visitorToken(), "en");
                StompChat console = StompChat.staff(fixtures.baseUrl(), fixtures.pages(agent), "en")) {
            BlockingQueue<JsonNode> agentSees = console.subscribe("/topic/chat." + start.chatId());
            Thread.sleep(200);
            visitor.send(send, Map.of("clientId", "v-1", "body", "one"));
            visitor.send(send, Map.of("clientId", "v-2", "body", "two"));
            next(agentSees, "author");
            next(agentSees, "author");

            visitor.send(send + ".typing", Map.of());
            assertThat(next(agentSees, "typing").get("typing").asString()).isEqualTo("VISITOR");

            console.send(send + ".read", Map.of("seq", 2));
            JsonNode read = next(agentSees, "read");
            assertThat(read.get("read").asString()).isEqualTo("AGENT");
            assertThat(read.get("seq").asInt()).isEqualTo(2);
            console.send(send + ".read", Map.of("seq", 1)); // late: no lower mark
            console.send(send + ".read", Map.of("seq", 9)); // past the last message: ignored
            Thread.sleep(300);
        }
        ChatView chat = TenantScope.inTenant(tenant.id(), () -> chats.get(start.chatId()));
        assertThat(chat.agentReadSeq()).isEqualTo(2);
        assertThat(chat.visitorReadSeq()).isZero();
    }
}

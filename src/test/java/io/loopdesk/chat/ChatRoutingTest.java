package io.loopdesk.chat;

import static io.loopdesk.testing.StompChat.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.Presence;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.StompChat;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Chats are given to on-duty agents like tickets: least loaded first, never past the tenant's per-agent chat cap,
 * only to the team and skill the widget asked for; the rest wait with their place in the queue, and a chat nobody
 * answers in the tenant's time goes to the supervisors.
 */
@IntegrationTest
class ChatRoutingTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Chats chats;

    @Autowired
    ChatRouting routing;

    @Autowired
    ChatEnding ending;

    @Autowired
    Presence presence;

    @Autowired
    Teams teams;

    @Autowired
    TestClock clock;

    @Autowired
    BackgroundWork background;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts users;

    TenantInfo tenant;
    UserView ann;
    UserView bob;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        ann = fixtures.staff(tenant, Role.AGENT);
        bob = fixtures.staff(tenant, Role.AGENT);
        routing.change(tenant.id(), new ChatRules(1, 5));
    }

    @Test
    void chatsGoToTheLeastLoadedOnDutyAgentUpToTheCapAndTheRestWaitInOrderUntilASeatFrees() throws Exception {
        presence.goOnDuty(Fixtures.actor(ann));
        presence.goOnDuty(Fixtures.actor(bob));
        background.settle();

        ChatView first = chat(chats.start(tenant.code(), "访客一"));
        ChatView second = chat(chats.start(tenant.code(), "访客二"));
        assertThat(first.status()).isEqualTo(ChatStatus.ACTIVE);
        assertThat(second.status()).isEqualTo(ChatStatus.ACTIVE);
        // one each: the second went to whoever held none
        assertThat(Set.of(first.agentId(), second.agentId())).containsExactlyInAnyOrder(ann.id(), bob.id());
        assertThat(first.agentName()).isIn(ann.displayName(), bob.displayName());

        VisitorStart third = chats.start(tenant.code(), "访客三");
        VisitorStart fourth = chats.start(tenant.code(), "访客四");
        assertThat(chat(third).status()).isEqualTo(ChatStatus.WAITING);
        assertThat(TenantScope.inTenant(tenant.id(), () -> routing.placeOf(third.chatId())))
                .extracting(QueuePlace::position)
                .isEqualTo(1);
        assertThat(TenantScope.inTenant(tenant.id(), () -> routing.placeOf(fourth.chatId())))
                .extracting(QueuePlace::position)
                .isEqualTo(2);

        // the fourth visitor, connected, hears it move up and then who took it
        try (StompChat visitor = StompChat.visitor(fixtures.baseUrl(), fourth.visitorToken(), "zh-CN")) {
            BlockingQueue<JsonNode> seen = visitor.subscribe("/topic/chat." + fourth.chatId());
            JsonNode state = next(visitor.subscribe("/app/chat." + fourth.chatId() + ".state"));
            assertThat(state.get("chat").get("status").asString()).isEqualTo("WAITING");
            assertThat(state.get("place").get("position").asInt()).isEqualTo(2);

            // the first chat ends after ten minutes: its agent's seat goes to the oldest waiting chat, the third
            clock.advance(Duration.ofMinutes(10));
            TenantScope.inTenant(tenant.id(), () -> ending.end(first.id(), null));
            assertThat(chat(third).status()).isEqualTo(ChatStatus.ACTIVE);
            assertThat(chat(third).agentId()).isEqualTo(first.agentId());
            JsonNode moved = next(seen, "position");
            assertThat(moved.get("position").asInt()).isEqualTo(1);
            // one chat of ten minutes ended, two seats: about five minutes per place in the queue
            assertThat(moved.get("waitSeconds").asLong()).isEqualTo(300);

            TenantScope.inTenant(tenant.id(), () -> ending.end(second.id(), null));
            JsonNode taken = next(seen, "status");
            assertThat(taken.get("status").asString()).isEqualTo("ACTIVE");
            assertThat(taken.get("agentId").asLong()).isEqualTo(second.agentId());
            assertThat(taken.get("agentName").asString()).isNotBlank();
        }
    }

    @Test
    void aChatForATeamOrASkillGoesOnlyToAnAgentOfThatTeamWithThatSkill() {
        TenantScope.inTenant(tenant.id(), () -> {
            var billing = teams.create(tenant.id(), "Billing", null);
            return teams.addMember(billing.id(), bob.id());
        });
        presence.change(bob.id(), Set.of("Refunds"), null, Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR)));
        presence.goOnDuty(Fixtures.actor(ann));
        presence.goOnDuty(Fixtures.actor(bob));
        background.settle();

        assertThat(chat(chats.start(tenant.code(), "退款", null, "refunds")).agentId())
                .isEqualTo(bob.id());
        // bob is full (cap 1); ann is free but not of the team: the chat waits for the team
        ChatView forTeam = chat(chats.start(tenant.code(), "账单", "billing", null));
        assertThat(forTeam.status()).isEqualTo(ChatStatus.WAITING);
        assertThat(chat(chats.start(tenant.code(), "普通", null, null)).agentId()).isEqualTo(ann.id());

        // bad widget attributes are refused with their reason, and no chat is started
        long before = chatCount();
        assertThatThrownBy(() -> chats.start(tenant.code(), "x", "No such team", null))
                .isInstanceOf(ChatRefusedException.class)
                .hasMessageContaining("No such team");
        assertThatThrownBy(() -> chats.start(tenant.code(), "x", null, "s".repeat(61)))
                .isInstanceOf(ChatRefusedException.class);
        Api.Response refused = fixtures.anonymous()
                .withHeader("Accept-Language", "zh-CN")
                .post("/api/v1/chat/visitors", Map.of("tenant", tenant.code(), "name", "x", "team", "No such team"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).contains("没有名为 No such team 的团队");
        assertThat(chatCount()).isEqualTo(before);
    }

    @Test
    void aChatNobodyAnswersInTheTenantsTimeGoesToTheSupervisorsOnce() {
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        presence.goOnDuty(Fixtures.actor(ann));
        background.settle();
        VisitorStart answered = chats.start(tenant.code(), "有人回");
        TenantScope.inTenant(tenant.id(), () -> chats.fromAgent(answered.chatId(), Fixtures.actor(ann), "a-1", "您好"));
        VisitorStart ignored = chats.start(tenant.code(), "没人回"); // ann is full: it waits

        clock.advance(Duration.ofMinutes(4));
        background.settle();
        assertThat(chat(ignored).escalatedAt()).isNull();

        clock.advance(Duration.ofMinutes(2));
        background.settle();
        assertThat(chat(ignored).escalatedAt()).isNotNull();
        assertThat(chat(answered).escalatedAt()).isNull();
        assertThat(jdbc.sql("select subject from notification where user_id = ? and channel = 'IN_APP'")
                        .param(supervisor.id())
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .contains("没人回");

        // the console marks it for everyone
        String console = fixtures.pages(supervisor).get("/chat").text();
        assertThat(console).contains("没人回").contains("unanswered, supervisors told");
    }

    @Test
    void supervisorsSetTheCapAndTheUnansweredTimeOnTheConsoleAndOutOfRangeValuesAreRefusedWithTheirReason() {
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        WebSession pages = fixtures.pages(supervisor);

        WebSession.Page refused = pages.post("/chat/settings", Map.of("agentCap", "0", "unansweredMinutes", "5"));
        assertThat(refused.text()).contains("An agent can hold 1 to 20 chats at once");
        assertThat(routing.rules(tenant.id())).isEqualTo(new ChatRules(1, 5));
        refused = pages.post("/chat/settings", Map.of("agentCap", "2", "unansweredMinutes", "many"));
        assertThat(refused.text()).contains("Choose 1 to 120 minutes");
        assertThat(routing.rules(tenant.id())).isEqualTo(new ChatRules(1, 5));

        WebSession.Page saved = pages.post("/chat/settings", Map.of("agentCap", "4", "unansweredMinutes", "10"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.text()).contains("Saved.");
        assertThat(routing.rules(tenant.id())).isEqualTo(new ChatRules(4, 10));
        saved = pages.get("/chat");
        assertThat(saved.html().getElementById("chat-cap").val()).isEqualTo("4");
        assertThat(saved.html().getElementById("chat-unanswered").val()).isEqualTo("10");

        // an agent sees no settings and may not change them
        WebSession agentPages = fixtures.pages(ann);
        assertThat(agentPages.get("/chat").html().select(".chat-settings")).isEmpty();
        assertThat(agentPages
                        .post("/chat/settings", Map.of("agentCap", "9", "unansweredMinutes", "9"))
                        .status())
                .isEqualTo(403);
        assertThat(routing.rules(tenant.id())).isEqualTo(new ChatRules(4, 10));
    }

    @Test
    void anAgentHandsAChatToAColleagueWithANoteTheVisitorNeverSeesOrToATeamsQueue() throws Exception {
        UserView cleo = fixtures.staff(tenant, Role.AGENT);
        routing.change(tenant.id(), new ChatRules(2, 5));
        presence.goOnDuty(Fixtures.actor(ann));
        background.settle();
        VisitorStart started = chats.start(tenant.code(), "转接访客");
        ChatView chat = chat(started);
        assertThat(chat.agentId()).isEqualTo(ann.id());
        WebSession annPages = fixtures.pages(ann);
        String transfer = "/chat/" + chat.id() + "/transfer";

        // cleo is off duty: refused with the reason, the chat stays with ann
        WebSession.Page refused = annPages.post(transfer, Map.of("to", "agent:" + cleo.id(), "note", "退款"));
        assertThat(refused.text()).contains("That colleague is not on duty");
        assertThat(chat(chat).agentId()).isEqualTo(ann.id());
        presence.goOnDuty(Fixtures.actor(bob));
        background.settle();
        refused = annPages.post(transfer, Map.of("to", "agent:" + bob.id(), "note", "x".repeat(501)));
        assertThat(refused.text()).contains("A note is at most 500 characters long");
        assertThat(refused.html().getElementById("transfer-note").text()).hasSize(501); // kept to correct
        assertThat(chat(chat).agentId()).isEqualTo(ann.id());

        // the console offers bob (on duty) and hands it over with the note
        WebSession.Page console = annPages.get("/chat?chat=" + chat.id());
        assertThat(console.html().select("#transfer-to option").eachAttr("value"))
                .contains("agent:" + bob.id())
                .doesNotContain("agent:" + ann.id(), "agent:" + cleo.id());
        annPages.post(transfer, Map.of("to", "agent:" + bob.id(), "note", "客户要退款，订单 A-1001"));
        ChatView handed = chat(chat);
        assertThat(handed.agentId()).isEqualTo(bob.id());
        assertThat(handed.agentName()).isEqualTo(bob.displayName());
        assertThat(handed.transferNote()).isEqualTo("客户要退款，订单 A-1001");
        assertThat(fixtures.pages(bob).get("/chat?chat=" + chat.id()).text())
                .contains("Handed over by " + ann.displayName() + ": 客户要退款，订单 A-1001");
        // the visitor sees who has them now, never the note
        try (StompChat visitor = StompChat.visitor(fixtures.baseUrl(), started.visitorToken(), "zh-CN")) {
            JsonNode state =
                    next(visitor.subscribe("/app/chat." + chat.id() + ".state")).get("chat");
            assertThat(state.get("agentName").asString()).isEqualTo(bob.displayName());
            assertThat(state.toString()).doesNotContain("A-1001").doesNotContain(ann.displayName());
        }

        // to a team: back in the queue, then to the team's member with room
        var team = TenantScope.inTenant(tenant.id(), () -> {
            var support = teams.create(tenant.id(), "Second line", null);
            return teams.addMember(support.id(), ann.id());
        });
        fixtures.pages(bob).post(transfer, Map.of("to", "team:" + team.id(), "note", ""));
        ChatView toTeam = chat(chat);
        assertThat(toTeam.agentId()).isEqualTo(ann.id());
        assertThat(toTeam.transferNote()).isNull();
        assertThat(toTeam.transferredBy()).isEqualTo(bob.displayName());
    }

    @Test
    void aVipCustomersChatIsServedBeforeGuestsWhoCameEarlier() {
        UserView vip = TenantScope.asSystem(() -> users.create(
                tenant.id(),
                NewUser.customer("chat-vip-" + System.nanoTime(), "贵宾客户", null, null, CustomerLevel.VIP),
                Fixtures.PASSWORD));
        presence.goOnDuty(Fixtures.actor(ann));
        background.settle();
        ChatView held = chat(chats.start(tenant.code(), "先到的访客"));
        assertThat(held.agentId()).isEqualTo(ann.id());
        VisitorStart guest = chats.start(tenant.code(), "排队的访客");

        WebSession portal = WebSession.signedIn(fixtures.baseUrl(), vip.username(), Fixtures.PASSWORD, "zh-CN");
        Api.Response started = fixtures.anonymous()
                .withHeader("Cookie", portal.cookieHeader())
                .post("/api/v1/chat/visitors", Map.of("tenant", tenant.code(), "name", ""));
        long vipChat = started.get("chatId").asLong();
        assertThat(TenantScope.inTenant(tenant.id(), () -> chats.get(vipChat)).vip())
                .isTrue();
        assertThat(TenantScope.inTenant(tenant.id(), () -> routing.placeOf(vipChat))
                        .position())
                .isEqualTo(1);
        assertThat(TenantScope.inTenant(tenant.id(), () -> routing.placeOf(guest.chatId()))
                        .position())
                .isEqualTo(2);

        TenantScope.inTenant(tenant.id(), () -> ending.end(held.id(), null));
        assertThat(TenantScope.inTenant(tenant.id(), () -> chats.get(vipChat)).agentId())
                .isEqualTo(ann.id());
        assertThat(chat(guest).status()).isEqualTo(ChatStatus.WAITING);
    }

    private ChatView chat(VisitorStart start) {
        return TenantScope.inTenant(tenant.id(), () -> chats.get(start.chatId()));
    }

    private ChatView chat(ChatView chat) {
        return TenantScope.inTenant(tenant.id(), () -> chats.get(chat.id()));
    }

    private long chatCount() {
        return jdbc.sql("select count(*) from chat where tenant_id = ?")
                .param(tenant.id())
                .query(Long.class)
                .single();
    }
}

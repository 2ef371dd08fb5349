package io.loopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.Presence;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * With nobody on duty the chat page offers to leave a message, which becomes a CHAT ticket with the visitor's contact;
 * a message missing what a ticket needs is refused on the page, in the visitor's language, and nothing is stored.
 * With an agent on duty the page starts a chat instead.
 */
@IntegrationTest
class ChatLeaveMessageTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Presence presence;

    @Autowired
    TicketQueries queries;

    @Autowired
    ChatRouting routing;

    @Autowired
    TestClock clock;

    @Test
    void withNobodyOnDutyAVisitorLeavesAMessageThatBecomesATicket() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        WebSession visitor = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");

        WebSession.Page page = visitor.get("/chat/w/" + tenant.code());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#chat-leave")).hasSize(1);
        assertThat(page.html().select("#chat-start").attr("hidden")).isNotNull();
        assertThat(page.text()).contains("当前暂无客服在线");

        WebSession.Page refused = visitor.post(
                "/chat/w/" + tenant.code() + "/message",
                Map.of("name", "赵女士", "contact", "13900001111", "message", "   "));
        assertThat(refused.html().select("#chat-leave .chat-error li")).isNotEmpty();
        assertThat(refused.html().select("#chat-left")).isEmpty();
        assertThat(refused.html().select("#leave-contact").attr("value")).isEqualTo("13900001111");

        WebSession.Page left = visitor.post(
                "/chat/w/" + tenant.code() + "/message",
                Map.of("name", "赵女士", "contact", "13900001111", "message", "晚上十点后门锁自动反锁了，开不了门，请明天联系我。"));
        assertThat(left.html().select("#chat-left")).hasSize(1);
        String number = left.html().select("#chat-left p").text().replaceAll(".*?(\\d{6}-\\d{6}).*", "$1");
        TicketView ticket = queries.get(number, Fixtures.actor(agent));
        assertThat(ticket.channel()).isEqualTo(Channel.CHAT);
        assertThat(ticket.description()).isEqualTo("晚上十点后门锁自动反锁了，开不了门，请明天联系我。");
        assertThat(ticket.customerName()).isEqualTo("赵女士");

        presence.goOnDuty(Fixtures.actor(agent));
        WebSession.Page staffed = visitor.get("/chat/w/" + tenant.code());
        assertThat(staffed.html().select("#chat-leave")).isEmpty();
        assertThat(staffed.html().select("#chat-start").hasAttr("hidden")).isFalse();
    }

    @Test
    void aDeskThatChatsOnlyInWorkingHoursOffersToLeaveAMessageOutsideThemAndSaysWhenItOpens() {
        TenantInfo tenant = fixtures.tenantIn(ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        presence.goOnDuty(Fixtures.actor(agent));
        fixtures.pages(supervisor)
                .post("/chat/settings", Map.of("agentCap", "3", "unansweredMinutes", "2", "businessHoursOnly", "true"));
        assertThat(routing.rules(tenant.id()).businessHoursOnly()).isTrue();
        WebSession visitor = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");

        // Sunday 03:00 in Shanghai: someone is on duty, but the desk is closed
        clock.set(LocalDateTime.of(2026, 12, 6, 3, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        WebSession.Page closed = visitor.get("/chat/w/" + tenant.code());
        assertThat(closed.html().select("#chat-leave")).hasSize(1);
        assertThat(closed.html().select("#chat-opens").text()).isEqualTo("在线客服将于 2026-12-07 09:00 恢复服务。");
        Api.Response refused = fixtures.anonymous()
                .withHeader("Accept-Language", "zh-CN")
                .post("/api/v1/chat/visitors", Map.of("tenant", tenant.code(), "name", "夜猫子"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("detail")).isEqualTo("当前不在在线客服服务时间，请留言。");

        // Monday 10:00: open
        clock.set(LocalDateTime.of(2026, 12, 7, 10, 0)
                .atZone(ZoneId.of("Asia/Shanghai"))
                .toInstant());
        WebSession.Page open = visitor.get("/chat/w/" + tenant.code());
        assertThat(open.html().select("#chat-leave")).isEmpty();
        assertThat(fixtures.anonymous()
                        .post("/api/v1/chat/visitors", Map.of("tenant", tenant.code(), "name", "白天"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void oneAddressStartingChatsOrLeavingMessagesFasterThanTheAllowanceIsToldToWaitAndOthersAreNot() {
        TenantInfo tenant = fixtures.tenant();
        String flooder = "203.0.113." + (1 + (int) (System.nanoTime() % 250));
        Api fromFlooder =
                fixtures.anonymous().withHeader("X-Forwarded-For", flooder).withHeader("Accept-Language", "zh-CN");
        // thirty at once are let through (visitors share carriers' and offices' addresses); then one every two seconds
        int accepted = 0;
        Api.Response refused = null;
        while (refused == null && accepted < 40) {
            Api.Response started =
                    fromFlooder.post("/api/v1/chat/visitors", Map.of("tenant", tenant.code(), "name", "刷 " + accepted));
            if (started.status() == 201) {
                accepted++;
            } else {
                refused = started;
            }
        }
        assertThat(accepted).isBetween(30, 39);
        assertThat(refused).isNotNull();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text("detail")).isEqualTo("当前网络发起的咨询或留言过于频繁，请一分钟后再试。");
        WebSession.Page left = WebSession.anonymous(fixtures.baseUrl(), "zh-CN")
                .from(flooder)
                .post(
                        "/chat/w/" + tenant.code() + "/message",
                        Map.of("name", "刷", "contact", "13900001111", "message", "留言"));
        assertThat(left.html().select("#chat-leave .chat-error li").text()).isEqualTo("当前网络发起的咨询或留言过于频繁，请一分钟后再试。");
        assertThat(left.html().select("#chat-left")).isEmpty();
        // someone else is not held up
        assertThat(fixtures.anonymous()
                        .withHeader("X-Forwarded-For", "198.51.100.7")
                        .post("/api/v1/chat/visitors", Map.of("tenant", tenant.code(), "name", "正常访客"))
                        .status())
                .isEqualTo(201);
    }
}

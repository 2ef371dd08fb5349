package io.loopdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A tenant words its customer notices itself; the words reach its customers only, placeholders kept. */
@IntegrationTest
class NoticeTextsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    Notifications notifications;

    @Autowired
    BackgroundWork background;

    @Test
    void aTenantAdminRewordsTheResultNoticeAndItsCustomersGetIt() {
        TenantInfo tenant = fixtures.tenant();
        TenantInfo other = fixtures.tenant();
        WebSession admin = fixtures.pages(fixtures.staff(tenant, Role.TENANT_ADMIN));
        WebSession.Page page = admin.get("/admin/notices");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()
                        .select("form[id=\"survey.notice.result.body\"] textarea[name=chinese]")
                        .attr("placeholder"))
                .contains("问题解决了吗");

        // the survey link must stay in the result notice
        WebSession.Page refused = admin.post(
                "/admin/notices/survey.notice.result.body", Map.of("chinese", "工单 {0} 已处理完毕。", "english", ""));
        assertThat(refused.text()).contains("Keep the placeholders {3}");
        WebSession.Page malformed = admin.post(
                "/admin/notices/survey.notice.result.body", Map.of("chinese", "工单 {0 已处理 {3}", "english", ""));
        assertThat(malformed.text()).contains("Write placeholders as");

        String ours = "【门锁之家】工单 {0} 已处理：{2}\n请点这里确认并评价，别忘了哦 ':) {3}";
        WebSession.Page saved =
                admin.post("/admin/notices/survey.notice.result.body", Map.of("chinese", ours, "english", ""));
        assertThat(saved.text()).contains("Notice texts saved");
        assertThat(admin.get("/admin/notices")
                        .html()
                        .select("form[id=\"survey.notice.result.body\"] textarea[name=chinese]")
                        .text())
                .contains("门锁之家");
        assertThat(fixtures.pages(fixtures.staff(tenant, Role.AGENT))
                        .get("/admin/notices")
                        .status())
                .isEqualTo(403);

        String mine = solvedNoticeBody(tenant);
        assertThat(mine).startsWith("【门锁之家】工单 ").contains("别忘了哦 ':) http://localhost");
        assertThat(solvedNoticeBody(other)).doesNotContain("门锁之家").contains("问题解决了吗");

        // emptied, the text is Loopdesk's again
        admin.get("/admin/notices");
        admin.post("/admin/notices/survey.notice.result.body", Map.of("chinese", "  ", "english", ""));
        assertThat(solvedNoticeBody(tenant)).doesNotContain("门锁之家");
    }

    private String solvedNoticeBody(TenantInfo tenant) {
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket()
                        .customer("上海某某科技有限公司", "王芳", "wang.fang@example.com")
                        .build(),
                agent);
        tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "已为您更换电池。", agent);
        tickets.changeStatus(ticket.number(), TicketStatus.AWAITING_CONFIRMATION, null, agent);
        background.settle();
        return TenantScope.inTenant(tenant.id(), () -> notifications.aboutTicket(ticket.number())).stream()
                .filter(n -> n.address().equals("wang.fang@example.com"))
                .toList()
                .getLast()
                .body();
    }
}

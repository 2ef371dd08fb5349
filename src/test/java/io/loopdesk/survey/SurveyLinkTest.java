package io.loopdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationChannel;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.SlaOutcome;
import io.loopdesk.sla.SlaOutcomes;
import io.loopdesk.sla.SlaTarget;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.ProgressEntry;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.ResultNotice;
import io.loopdesk.ticket.value.Satisfaction;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The loop closed through the customer's own channel: the notice of receipt, the result notice with its survey link,
 * and the survey page behind the link, without a sign-in, confirming and rating or reopening, once.
 */
@IntegrationTest
class SurveyLinkTest {

    static final Pattern LINK = Pattern.compile("/r/(lds_[A-Za-z0-9_-]+)");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Ratings ratings;

    @Autowired
    SurveyRules rules;

    @Autowired
    Notifications notifications;

    @Autowired
    BackgroundWork background;

    @Autowired
    SlaOutcomes slaOutcomes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Test
    void aWebCustomerIsToldByMailConfirmsAndRatesThroughTheLinkOnce() {
        TenantInfo tenant = fixtures.tenant();
        UserView customer = fixtures.customer(tenant);
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket()
                        .customer("上海某某科技有限公司", "张伟", "zhang.wei@example.com")
                        .build(),
                Fixtures.actor(customer));
        background.settle();
        NotificationView received = only(ticket, NotificationChannel.EMAIL, "zhang.wei@example.com");
        assertThat(received.subject()).contains(ticket.number());

        tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "请在设置中关闭省电模式后重新配对门锁。", agent);
        tickets.changeStatus(ticket.number(), TicketStatus.AWAITING_CONFIRMATION, null, agent);
        background.settle();
        NotificationView result = notices(ticket).getLast();
        assertThat(result.address()).isEqualTo("zhang.wei@example.com");
        assertThat(result.body()).contains("关闭省电模式").contains("http://localhost");
        String token = token(result.body());
        // the notice reached the customer at once: the ticket says so and "result told within 24 h" is met
        assertThat(queries.history(ticket.number(), agent))
                .anySatisfy(entry -> assertThat(List.of(entry.field(), String.valueOf(entry.newValue())))
                        .containsExactly(ResultNotice.FIELD, "SENT"));
        assertThat(outcomes(ticket))
                .anySatisfy(outcome -> assertThat(outcome.target() == SlaTarget.RESULT_NOTICE && outcome.met())
                        .isTrue());

        WebSession phone = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");
        WebSession.Page page = phone.get("/r/" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#survey-ticket").text()).contains(ticket.number());
        assertThat(page.html().select("#survey-solution").text()).contains("关闭省电模式");

        // the short form comes first, its four answers in the customer's language; the rest is optional
        assertThat(page.html().select("#overall input[name=overall]").eachAttr("value"))
                .containsExactly("VERY_SATISFIED", "SATISFIED", "NEUTRAL", "DISSATISFIED");
        assertThat(page.html().select("#overall").text()).contains("非常满意", "满意", "一般", "不满意");
        assertThat(page.html().select("#nps")).isEmpty(); // the tenant does not ask NPS

        // confirming without the short form, or with a score out of range, changes nothing and says what is wrong
        WebSession.Page incomplete =
                phone.post("/r/" + token, Map.of("answer", "CONFIRMED", "responseSpeed", "5", "expertise", "9"));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.text()).contains("请选择您的满意程度").contains("请选择 1 到 5 星");
        assertThat(incomplete
                        .html()
                        .select("input[name=responseSpeed][value=5]")
                        .attr("checked"))
                .isNotNull();
        assertThat(status(ticket)).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);

        WebSession.Page done = phone.post(
                "/r/" + token,
                Map.of(
                        "answer", "CONFIRMED",
                        "overall", "VERY_SATISFIED",
                        "expertise", "4",
                        "nps", "9",
                        "comment", "很快就解决了"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.html().select("#survey-done").text()).contains("感谢");
        assertThat(status(ticket)).isEqualTo(TicketStatus.RESOLVED);
        RatingView rating = ratings.of(ticket.number(), agent).orElseThrow();
        assertThat(rating.scores().satisfaction()).isEqualTo(Satisfaction.VERY_SATISFIED);
        assertThat(rating.scores().expertise()).isEqualTo(4);
        assertThat(rating.scores().responseSpeed()).isNull();
        assertThat(rating.scores().nps()).isEqualTo(9);
        assertThat(rating.scores().comment()).isEqualTo("很快就解决了");
        assertThat(queries.get(ticket.number(), agent).rating().satisfaction()).isEqualTo(Satisfaction.VERY_SATISFIED);
        assertThat(rating.customerId()).isEqualTo(customer.id());
        assertThat(queries.history(ticket.number(), agent))
                .anySatisfy(entry -> assertThat(entry.actorName()).isEqualTo("客户（满意度链接）"));

        // the link is spent: a second answer is refused and the page says it was answered
        WebSession.Page again = phone.post("/r/" + token, Map.of("answer", "REOPENED", "reason", "又坏了"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(status(ticket)).isEqualTo(TicketStatus.RESOLVED);
        assertThat(phone.get("/r/" + token).html().select("#survey-answered").text())
                .contains("已经填写过");

        // forged or mangled tokens open nothing
        WebSession.Page forged = phone.get("/r/lds_" + "A".repeat(43));
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.html().select("#survey-invalid").text()).contains("链接无效");
        assertThat(phone.get("/r/" + token.substring(0, token.length() - 2)).status())
                .isEqualTo(404);
        assertThat(phone.get("/r/%3Cscript%3E").status()).isEqualTo(404);

        // closing tells the customer too
        tickets.changeStatus(
                ticket.number(), TicketStatus.CLOSED, null, Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR)));
        background.settle();
        assertThat(notices(ticket).getLast().subject()).contains("已关闭");
    }

    @Test
    void aCallerIsToldByTextAndReopensWithAReason() {
        TenantInfo tenant = fixtures.tenant();
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        TicketView ticket =
                tickets.open(tenant.id(), Channel.PHONE, Fixtures.validTicket().build(), agent);
        tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "已为您远程重置门锁。", agent);
        tickets.changeStatus(ticket.number(), TicketStatus.AWAITING_CONFIRMATION, null, agent);
        background.settle();
        List<NotificationView> sent = notices(ticket);
        assertThat(sent).allSatisfy(n -> assertThat(n.channel()).isEqualTo(NotificationChannel.SMS));
        assertThat(sent).extracting(NotificationView::address).containsOnly("13812341234");
        String token = token(sent.getLast().body());

        WebSession phone = WebSession.anonymous(fixtures.baseUrl(), "en");
        phone.get("/r/" + token);
        WebSession.Page noReason = phone.post("/r/" + token, Map.of("answer", "REOPENED", "reason", "  "));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.text()).contains("Say what is still wrong");
        assertThat(status(ticket)).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);

        WebSession.Page reopened = phone.post("/r/" + token, Map.of("answer", "REOPENED", "reason", "门锁还是连不上"));
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.html().select("#survey-done").text()).contains("back with our team");
        assertThat(status(ticket)).isEqualTo(TicketStatus.IN_PROGRESS);

        // solved again: a new link; the old one no longer applies to this new solution
        tickets.changeStatus(ticket.number(), TicketStatus.AWAITING_CONFIRMATION, null, agent);
        background.settle();
        String second = token(notices(ticket).getLast().body());
        assertThat(second).isNotEqualTo(token);
        assertThat(phone.get("/r/" + token).html().select("#survey-answered")).isNotEmpty();
        assertThat(phone.get("/r/" + second).html().select("#survey-confirm")).isNotEmpty();

        // a link past its lifetime opens a clear page and changes nothing
        clock.advance(Duration.ofDays(31));
        WebSession.Page expired = phone.get("/r/" + second);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.html().select("#survey-expired").text()).contains("expired");
        WebSession.Page late = phone.post(
                "/r/" + second,
                Map.of(
                        "answer",
                        "CONFIRMED",
                        "responseSpeed",
                        "5",
                        "expertise",
                        "5",
                        "resolution",
                        "5",
                        "attitude",
                        "5"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(status(ticket)).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);
    }

    @Test
    void aCustomerWhoDoesNotAnswerIsRemindedAsTheTenantSetsAndAnyLinkOfTheRoundAnswersIt() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        WebSession settings = fixtures.pages(admin);
        assertThat(settings.get("/admin/survey")
                        .html()
                        .select("#remindAfterDays")
                        .val())
                .isEqualTo("3");
        WebSession.Page refused = settings.post(
                "/admin/survey",
                Map.of(
                        "remindAfterDays",
                        "abc",
                        "reminders",
                        "5",
                        "progressAfterHours",
                        "0",
                        "returnVisitPercent",
                        "101"));
        assertThat(refused.text())
                .contains("Enter 1 to 30 days")
                .contains("Remind at most 2 times")
                .contains("Enter 1 to 720 hours")
                .contains("Enter 0 to 100");
        assertThat(rules.of(tenant.id())).isEqualTo(SurveySettings.DEFAULTS);
        WebSession.Page saved = settings.post(
                "/admin/survey",
                Map.of("remindAfterDays", "2", "reminders", "1", "progressAfterHours", "48", "askNps", "true"));
        assertThat(saved.text()).contains("Survey settings saved");
        assertThat(rules.of(tenant.id())).isEqualTo(new SurveySettings(2, 1, 48, true, 0, false));
        assertThat(fixtures.pages(fixtures.staff(tenant, Role.AGENT))
                        .get("/admin/survey")
                        .status())
                .isEqualTo(403);

        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.EMAIL,
                Fixtures.validTicket()
                        .customer("上海某某科技有限公司", "李娜", "li.na@example.com")
                        .build(),
                agent);
        tickets.changeStatus(ticket.number(), TicketStatus.AWAITING_CONFIRMATION, null, agent);
        background.settle();
        String first = token(notices(ticket).getLast().body());
        int before = notices(ticket).size();

        background.advance(clock, Duration.ofDays(1));
        assertThat(notices(ticket)).hasSize(before);
        background.advance(clock, Duration.ofDays(1).plusMinutes(1));
        NotificationView reminder = notices(ticket).getLast();
        assertThat(notices(ticket)).hasSize(before + 1);
        assertThat(reminder.subject()).contains("提醒").contains(ticket.number());
        String second = token(reminder.body());
        assertThat(second).isNotEqualTo(first);

        // one reminder only, as set
        background.advance(clock, Duration.ofDays(5));
        assertThat(notices(ticket)).hasSize(before + 1);

        // the first message's link still works, and answering through it answers the reminder's too
        WebSession phone = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");
        assertThat(phone.get("/r/" + first).html().select("#survey-confirm")).isNotEmpty();
        // this tenant asks NPS: eleven answers, 0 to 10, and one out of range is refused by name
        assertThat(phone.get("/r/" + first).html().select("#nps input[name=nps]"))
                .hasSize(11);
        WebSession.Page badNps =
                phone.post("/r/" + first, Map.of("answer", "CONFIRMED", "overall", "NEUTRAL", "nps", "11"));
        assertThat(badNps.status()).isEqualTo(422);
        assertThat(badNps.text()).contains("请选择 0 到 10");
        assertThat(status(ticket)).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);
        WebSession.Page done = phone.post(
                "/r/" + first,
                Map.of(
                        "answer",
                        "CONFIRMED",
                        "responseSpeed",
                        "3",
                        "expertise",
                        "3",
                        "resolution",
                        "3",
                        "attitude",
                        "3"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(status(ticket)).isEqualTo(TicketStatus.RESOLVED);
        assertThat(phone.get("/r/" + second).html().select("#survey-answered")).isNotEmpty();
        assertThat(phone.post("/r/" + second, Map.of("answer", "REOPENED", "reason", "不行"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void shownProgressReachesTheCustomerOfAnUrgentOrLongOpenTicketOnly() {
        TenantInfo tenant = fixtures.tenant();
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        TicketView urgent = tickets.open(
                tenant.id(),
                Channel.PHONE,
                Fixtures.validTicket().urgency(Urgency.URGENT).build(),
                agent);
        TicketView normal =
                tickets.open(tenant.id(), Channel.PHONE, Fixtures.validTicket().build(), agent);
        background.settle();
        int urgentBefore = notices(urgent).size();
        int normalBefore = notices(normal).size();

        tickets.addProgress(urgent.number(), progress("已安排工程师明天上门", true), agent);
        tickets.addProgress(normal.number(), progress("已远程排查", true), agent);
        tickets.addProgress(urgent.number(), progress("内部：配件待采购", false), agent);
        background.settle();
        assertThat(notices(urgent)).hasSize(urgentBefore + 1);
        assertThat(notices(urgent).getLast().body()).contains("已安排工程师明天上门").contains("远程排查");
        assertThat(notices(normal)).hasSize(normalBefore);

        // a day later the normal ticket counts as long open (the default 24 hours)
        background.advance(clock, Duration.ofHours(25));
        tickets.addProgress(normal.number(), progress("已寄出替换配件", true), agent);
        background.settle();
        assertThat(notices(normal)).hasSize(normalBefore + 1);
        assertThat(notices(normal).getLast().body()).contains("已寄出替换配件");
    }

    private static ProgressEntry progress(String details, boolean shown) {
        return new ProgressEntry(ProgressLabel.REMOTE_TROUBLESHOOTING, details, null, null, null, false, shown);
    }

    @Test
    void aLiveRoomCommentWithoutAnAddressSaysSoInItsHistory() {
        TenantInfo tenant = fixtures.tenant();
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.LIVE_ROOM,
                OpenTicket.builder()
                        .category("content.vulgar")
                        .description("直播间 1024 的主播说脏话，请处理。")
                        .build(),
                agent);
        background.settle();
        assertThat(notices(ticket)).isEmpty();
        assertThat(queries.history(ticket.number(), agent))
                .anySatisfy(entry -> assertThat(entry.field()).isEqualTo("customer-notices"));

        // solved: no one can be told the result, so the ticket says so and the result target has no outcome
        tickets.changeStatus(ticket.number(), TicketStatus.AWAITING_CONFIRMATION, null, agent);
        background.settle();
        assertThat(notices(ticket)).isEmpty();
        assertThat(queries.history(ticket.number(), agent))
                .anySatisfy(entry -> assertThat(List.of(entry.field(), String.valueOf(entry.newValue())))
                        .containsExactly(ResultNotice.FIELD, "NO_CHANNEL"));
        assertThat(outcomes(ticket)).noneMatch(outcome -> outcome.target() == SlaTarget.RESULT_NOTICE);

        // a social media record whose writer left an address is told there, like any customer
        TicketView social = tickets.open(
                tenant.id(),
                Channel.SOCIAL_MEDIA,
                OpenTicket.builder()
                        .category("content.vulgar")
                        .description("微博私信：直播间 2048 虚假宣传，请联系我 li.na@example.com")
                        .customer(null, "李娜", "li.na@example.com")
                        .build(),
                agent);
        background.settle();
        only(social, NotificationChannel.EMAIL, "li.na@example.com");
    }

    private List<SlaOutcome> outcomes(TicketView ticket) {
        return TenantScope.inTenant(
                ticket.tenantId(),
                () -> slaOutcomes.ofTickets(
                        ticket.tenantId(),
                        List.of(jdbc.sql("select id from ticket where number = ?")
                                .param(ticket.number())
                                .query(Long.class)
                                .single())));
    }

    /** What the customer was sent about the ticket (staff may be told things about it too, such as SLA warnings). */
    private List<NotificationView> notices(TicketView ticket) {
        return TenantScope.inTenant(ticket.tenantId(), () -> notifications.aboutTicket(ticket.number())).stream()
                .filter(n -> n.channel() != NotificationChannel.IN_APP)
                .filter(n -> n.address().equals("13812341234") || n.address().endsWith("@example.com"))
                .toList();
    }

    private NotificationView only(TicketView ticket, NotificationChannel channel, String address) {
        List<NotificationView> sent = notices(ticket);
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().channel()).isEqualTo(channel);
        assertThat(sent.getFirst().address()).isEqualTo(address);
        return sent.getFirst();
    }

    private TicketStatus status(TicketView ticket) {
        return TenantScope.inTenant(ticket.tenantId(), () -> queries.get(ticket.number(), Actor.system()))
                .status();
    }

    private static String token(String body) {
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a survey link in " + body).isTrue();
        return link.group(1);
    }
}

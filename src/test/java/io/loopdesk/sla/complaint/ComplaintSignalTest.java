package io.loopdesk.sla.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.sla.SlaScene;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketPriority;
import io.loopdesk.ticket.view.TicketView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Complaints (REQUIREMENTS §6): the customer's button and each tendency rule flag the ticket, raise its priority,
 * write its history and tell the supervisor; staff cannot send abusive words.
 */
@IntegrationTest
class ComplaintSignalTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Calendars calendars;

    @Autowired
    SlaPolicies policies;

    @Autowired
    Notifications notifications;

    @Autowired
    TestClock clock;

    @Autowired
    BackgroundWork background;

    SlaScene scene;
    TenantInfo tenant;
    UserView customer;
    UserView agent;
    UserView supervisor;

    @BeforeEach
    void desk() {
        scene = new SlaScene(clock, background, calendars, policies, notifications);
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        agent = fixtures.staff(tenant, Role.AGENT);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        // notices to staff wait for working hours: work in them
        scene.fiveByEight(tenant);
        scene.nextMondayAt("10:00");
    }

    @Test
    void theCustomersComplainButtonFlagsTheTicketAtTopPriority() {
        String number = ticket("门锁离线", Fixtures.DESCRIPTION);
        WebSession phone = WebSession.signedIn(fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD, "en");
        assertThat(phone.get("/portal/tickets/" + number)
                        .html()
                        .select("#complain form")
                        .attr("action"))
                .isEqualTo("/portal/tickets/" + number + "/complaint");

        WebSession.Page after = phone.post("/portal/tickets/" + number + "/complaint", Map.of("reason", "三天了还没人处理"));
        scene.settle();

        assertThat(after.html().select(".alert.ok").text()).contains("complaint was received");
        TicketView ticket = view(number);
        assertThat(ticket.complaint()).isTrue();
        assertThat(ticket.priority()).isEqualTo(TicketPriority.TOP);
        assertThat(queries.history(number, Actor.system(tenant.id()))).anySatisfy(h -> {
            assertThat(h.field()).isEqualTo("complaint");
            assertThat(h.actorId()).isEqualTo(customer.id());
            assertThat(h.note()).contains("三天了还没人处理");
        });
        assertThat(supervisorNotices())
                .anyMatch(n -> n.subject().contains(number) && n.subject().contains("投诉"));
    }

    @Test
    void complaintsCanBeSearched() {
        String complained = ticket("门锁离线", Fixtures.DESCRIPTION);
        String quiet = ticket("门锁离线", Fixtures.DESCRIPTION);
        fixtures.api(customer).post("/api/v1/tickets/" + complained + "/complaint", Map.of("reason", "太慢了"));
        scene.settle();

        JsonList found = new JsonList(fixtures.api(agent).get("/api/v1/tickets?complaint=true"));
        assertThat(found.numbers()).contains(complained).doesNotContain(quiet);
        WebSession desk = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "en");
        assertThat(desk.get("/workspace?view=all&complaint=true")
                        .html()
                        .select("#queue tbody tr")
                        .eachAttr("id"))
                .containsExactly("row-" + complained);
    }

    @Test
    void onlyTheCustomerWhoRaisedItComplains() {
        String number = ticket("门锁离线", Fixtures.DESCRIPTION);

        assertThat(fixtures.api(agent)
                        .post("/api/v1/tickets/" + number + "/complaint", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.api(fixtures.customer(tenant))
                        .post("/api/v1/tickets/" + number + "/complaint", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(view(number).complaint()).isFalse();
    }

    @Test
    void askingForAPhoneCallIsAComplaintTendency() {
        String number = ticket("门锁离线", Fixtures.DESCRIPTION);
        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "到现在还没好，麻烦给我打个电话吧。", Fixtures.actor(customer));
        scene.settle();

        assertSignal(number, ComplaintSignal.PHONE_CALL_REQUESTED, "打个电话");
    }

    @Test
    void heatedWordsInANewTicketAreAComplaintTendency() {
        String number = ticket("门锁又坏了", Fixtures.DESCRIPTION + "再不处理我就去12315投诉你们！");

        assertSignal(number, ComplaintSignal.HEATED_WORDS, "投诉");
    }

    @Test
    void theSameProblemAThirdTimeIsAComplaintTendency() {
        String first = ticket("门锁离线", Fixtures.DESCRIPTION);
        String second = ticket("门锁还是离线", Fixtures.DESCRIPTION);
        String other = ticket("发票", "请问购买智能门锁的发票怎么开？需要公司抬头和税号，我们财务部门月底之前要报销这笔费用，麻烦告诉一下开票的具体流程和所需时间，谢谢。");
        assertThat(view(second).complaint()).isFalse();

        String third = ticket("门锁又离线了", Fixtures.DESCRIPTION);

        assertSignal(third, ComplaintSignal.REPEATED_PROBLEM, first);
        assertThat(signals(third).getFirst().evidence()).contains(second).doesNotContain(other);
    }

    @Test
    void manyMessagesInAShortTimeAreAComplaintTendency() {
        String calm = ticket("门锁离线", Fixtures.DESCRIPTION);
        for (int i = 0; i < 3; i++) {
            tickets.addMessage(calm, MessageKind.PUBLIC_REPLY, "补充信息 " + i, Fixtures.actor(customer));
            background.advance(clock, Duration.ofMinutes(20));
        }
        String hasty = ticket("门锁离线了", Fixtures.DESCRIPTION);
        for (int i = 0; i < 3; i++) {
            tickets.addMessage(hasty, MessageKind.PUBLIC_REPLY, "怎么还没人回？" + i, Fixtures.actor(customer));
            background.advance(clock, Duration.ofMinutes(2));
        }

        assertThat(view(calm).complaint()).isFalse();
        assertSignal(hasty, ComplaintSignal.MESSAGE_BURST, "3 messages within 4 min");
    }

    @Test
    void aThreatNoWordListHasIsReadByMeaningAfterTheAnswerWithTheCustomersWordsAsTheReason() {
        String number =
                ticket("充电器坏了", "充电器用了两天就不充电了，插上以后指示灯不亮，换了插座也一样。售后推来推去，一会儿让找商家一会儿让找厂家。再不解决我就拍个视频发到抖音上，让大家都看看你们的售后");
        reading.readAll();

        assertSignal(number, ComplaintSignal.THREATENS_PUBLICITY, "拍个视频发到抖音上");
        assertThat(signals(number))
                .filteredOn(s -> s.signal() == ComplaintSignal.THREATENS_PUBLICITY)
                .singleElement()
                .satisfies(s -> assertThat(s.evidence()).contains("which reads like"));
        assertThat(waitingTexts()).isZero();
    }

    @Test
    void whatTheCustomerWritesLaterIsReadByMeaningToo() {
        String number = ticket("门锁离线", Fixtures.DESCRIPTION);
        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "同一个问题我这周已经第三次来说了，还是没有任何进展。", Fixtures.actor(customer));
        scene.settle();
        reading.readAll();

        assertSignal(number, ComplaintSignal.REPEATED_PROBLEM, "which reads like");
    }

    @Test
    void aCalmTicketIsReadAndStaysCalm() {
        String calm = ticket("门锁离线", Fixtures.DESCRIPTION);
        String longOne = ticket("说明", "门锁说明书第几页讲了怎么重置？".repeat(300));
        reading.readAll();

        assertThat(view(calm).complaint()).isFalse();
        assertThat(view(calm).priority()).isNotEqualTo(TicketPriority.HIGH);
        assertThat(view(longOne).complaint()).isFalse();
        assertThat(waitingTexts()).isZero();
    }

    @Autowired
    ComplaintReading reading;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long waitingTexts() {
        return jdbc.sql("select count(*) from sla_complaint_reading where tenant_id = ?")
                .param(tenant.id())
                .query(Long.class)
                .single();
    }

    @Test
    void anAbusiveReplyFromStaffIsRefusedAndNotStored() {
        String number = ticket("门锁离线", Fixtures.DESCRIPTION);
        Api api = fixtures.api(agent);
        int before = api.get("/api/v1/tickets/" + number + "/messages").json().size();

        Api.Response refused = api.post(
                "/api/v1/tickets/" + number + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "说了多少遍了，你是白痴吗？"));
        Api.Response note = api.post(
                "/api/v1/tickets/" + number + "/messages", Map.of("kind", "INTERNAL_NOTE", "body", "客户说我们是骗子"));
        Api.Response polite = api.post("/api/v1/tickets/" + number + "/messages", Map.of("body", "您好，很抱歉给您带来不便。"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("errors").get(0).get("code").asString()).isEqualTo("message.body.abusive");
        assertThat(refused.text("detail")).contains("白痴").contains("politely");
        assertThat(note.status()).isEqualTo(201);
        assertThat(polite.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/tickets/" + number + "/messages").json().size())
                .isEqualTo(before + 2);

        WebSession page = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "en");
        page.get("/tickets/" + number);
        WebSession.Page shown = page.post(
                "/tickets/" + number + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "shut up and wait"));
        assertThat(shown.html().select(".alert.error").text()).contains("Rephrase it politely");
    }

    private void assertSignal(String number, ComplaintSignal signal, String evidence) {
        scene.settle();
        assertThat(signals(number)).anySatisfy(s -> {
            assertThat(s.signal()).isEqualTo(signal);
            assertThat(s.evidence()).contains(evidence);
        });
        TicketView ticket = view(number);
        assertThat(ticket.complaint()).isTrue();
        assertThat(ticket.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(queries.history(number, Actor.system(tenant.id())))
                .anyMatch(h -> h.field().equals("priority") && "HIGH".equals(h.newValue()));
        assertThat(supervisorNotices()).anyMatch(n -> n.subject().contains(number));
    }

    private String ticket(String title, String description) {
        String number = tickets.open(
                        tenant.id(),
                        Channel.WEB,
                        Fixtures.validTicket()
                                .title(title)
                                .description(description)
                                .build(),
                        Fixtures.actor(customer))
                .number();
        scene.settle();
        return number;
    }

    private TicketView view(String number) {
        return queries.get(number, Actor.system(tenant.id()));
    }

    private List<ComplaintView> signals(String number) {
        return new java.util.ArrayList<>(io.loopdesk.shared.TenantScope.asSystem(() -> complaintsOf(number)));
    }

    @Autowired
    Complaints complaints;

    private List<ComplaintView> complaintsOf(String number) {
        return complaints.of(number, Fixtures.actor(supervisor));
    }

    private List<NotificationView> supervisorNotices() {
        return scene.inbox(tenant, supervisor.id());
    }

    /** The ticket numbers of a list response. */
    private record JsonList(Api.Response response) {
        List<String> numbers() {
            return StreamSupport.stream(response.get("items").spliterator(), false)
                    .map(t -> t.get("number").asString())
                    .toList();
        }
    }
}

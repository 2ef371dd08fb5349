package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationChannel;
import io.loopdesk.notification.NotificationStatus;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.routing.incident.IncidentView;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestMail;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketView;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Staff hear of tickets put on their desk, and customers of the end of an incident, each where they look. */
@IntegrationTest
@Import(RoutingFixture.class)
class RoutingNoticesTest {

    @Autowired
    RoutingFixture routing;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Incidents incidents;

    @Autowired
    Notifications notifications;

    @Autowired
    UserAccounts users;

    @Autowired
    BackgroundWork background;

    RoutingFixture.Desk desk;

    @BeforeEach
    void setUp() {
        desk = routing.desk();
    }

    @Test
    void anAgentGivenATicketIsToldInTheAppAndByMailWithSummaryDeadlineAndContact() throws Exception {
        TeamView team = desk.team("technical.network", null);
        Actor agent = desk.agent(team, Set.of(), null, true);

        String number =
                open(Channel.PHONE, "technical.network", Urgency.URGENT, null).number();
        background.settle();

        TicketView ticket = queries.get(number, desk.supervisor);
        assertThat(ticket.assigneeId()).isEqualTo(agent.userId());
        String due = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(ticket.resolutionDueAt().atZone(ZoneId.of("Asia/Shanghai")));
        NotificationView inApp = about(number).stream()
                .filter(n -> n.channel() == NotificationChannel.IN_APP)
                .filter(n -> n.address().equals("user:" + agent.userId()))
                .filter(n -> n.subject().contains("已分配给你"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no in-app notice of the assignment: " + about(number)));
        assertThat(inApp.status()).isEqualTo(NotificationStatus.SENT);
        assertThat(inApp.subject()).contains(number, ticket.title());
        assertThat(inApp.body()).contains("解决时限：" + due, "张伟", "13812341234", "紧急", ticket.title());

        String agentMail = TenantScope.asSystem(() -> users.byId(agent.userId()))
                .orElseThrow()
                .email();
        List<MimeMessage> mails = TestMail.to(agentMail).stream()
                .filter(m -> subject(m).contains(number))
                .toList();
        assertThat(mails)
                .singleElement()
                .satisfies(m -> assertThat(m.getContent().toString()).contains("解决时限：" + due, "13812341234"));
    }

    @Test
    void anAgentWhoReadsEnglishIsMailedInEnglishAndEachReaderSeesTheNoticeInTheirLanguage() throws Exception {
        TeamView team = desk.team("technical.network", null);
        Actor agent = desk.agent(team, Set.of(), null, true);
        TenantScope.inTenant(desk.tenant.id(), () -> users.preferLanguage(agent.userId(), Locale.ENGLISH));

        String number =
                open(Channel.PHONE, "technical.network", Urgency.URGENT, null).number();
        background.settle();

        String agentMail = TenantScope.asSystem(() -> users.byId(agent.userId()))
                .orElseThrow()
                .email();
        MimeMessage mail = TestMail.to(agentMail).stream()
                .filter(m -> subject(m).contains(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail about " + number));
        assertThat(subject(mail)).contains("assigned to you").doesNotContain("已分配给你");
        assertThat(mail.getContent().toString())
                .contains("is now on your desk", "Urgency: urgent", "Resolve by:", "13812341234")
                .doesNotContain("解决时限", "紧急");

        List<NotificationView> english =
                TenantScope.inTenant(desk.tenant.id(), () -> notifications.aboutTicket(number, Locale.ENGLISH));
        List<NotificationView> chinese = TenantScope.inTenant(
                desk.tenant.id(), () -> notifications.aboutTicket(number, Locale.SIMPLIFIED_CHINESE));
        assertThat(english)
                .filteredOn(n -> n.channel() == NotificationChannel.IN_APP)
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Urgency: urgent").doesNotContain("紧急"));
        assertThat(chinese)
                .filteredOn(n -> n.channel() == NotificationChannel.IN_APP)
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains("紧急", "解决时限").doesNotContain("Urgency"));
    }

    @Test
    void takingATicketYourselfSendsNoNotice() {
        TeamView team = desk.team("technical.server", null);
        Actor agent = desk.agent(team, Set.of(), null, false);
        String number =
                open(Channel.PHONE, "technical.server", Urgency.NORMAL, null).number();
        background.settle();

        tickets.assign(number, agent.userId(), null, agent);
        background.settle();

        assertThat(queries.get(number, desk.supervisor).assigneeId()).isEqualTo(agent.userId());
        assertThat(about(number)).noneMatch(n -> n.subject().contains("已分配给你"));
    }

    @Test
    void theEndOfAnIncidentReachesEachCustomerByTheirOwnChannel() throws Exception {
        desk.team("technical.stream", null);
        UserView appUser = desk.customer(CustomerLevel.STANDARD);
        UserView caller = desk.customer(CustomerLevel.STANDARD);
        String fromApp =
                open(Channel.APP, "technical.stream", Urgency.URGENT, appUser).number();
        String byPhone =
                open(Channel.PHONE, "technical.stream", Urgency.URGENT, caller).number();
        background.settle();
        IncidentView incident = incidents.declare("华东 CDN 节点故障", "多个直播间卡顿", "technical.stream", desk.supervisor);
        incidents.link(incident.id(), fromApp, desk.supervisor);
        incidents.link(incident.id(), byPhone, desk.supervisor);

        incidents.resolve(incident.id(), "CDN 节点已恢复，请刷新直播间后确认。", desk.supervisor);
        background.settle();

        assertThat(TestMail.to(appUser.email()))
                .as("the app user hears by e-mail")
                .anySatisfy(mail -> {
                    assertThat(subject(mail)).contains(fromApp, "华东 CDN 节点故障");
                    assertThat(mail.getContent().toString()).contains("CDN 节点已恢复，请刷新直播间后确认。");
                });
        assertThat(about(byPhone))
                .as("the caller gets a text message on the phone they called from")
                .anySatisfy(n -> {
                    assertThat(n.channel()).isEqualTo(NotificationChannel.SMS);
                    assertThat(n.address()).isEqualTo("13812341234");
                    assertThat(n.status()).isEqualTo(NotificationStatus.SENT);
                    assertThat(n.body()).contains("CDN 节点已恢复");
                });
    }

    private TicketView open(Channel channel, String category, Urgency urgency, UserView customer) {
        return tickets.open(
                desk.tenant.id(),
                channel,
                Fixtures.validTicket()
                        .category(category)
                        .urgency(urgency)
                        .requesterId(customer == null ? null : customer.id())
                        .build(),
                desk.supervisor);
    }

    private List<NotificationView> about(String number) {
        return TenantScope.inTenant(desk.tenant.id(), () -> notifications.aboutTicket(number));
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

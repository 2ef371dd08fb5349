package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.assignment.Assigner;
import io.loopdesk.routing.incident.IncidentStatus;
import io.loopdesk.routing.incident.IncidentView;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.routing.transfer.EscalationLevel;
import io.loopdesk.routing.transfer.HandoverKind;
import io.loopdesk.routing.transfer.HandoverNote;
import io.loopdesk.routing.transfer.HandoverRefusedException;
import io.loopdesk.routing.transfer.Transfers;
import io.loopdesk.shared.DomainException;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.HistoryEntryView;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketView;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** Tickets reach the right on-duty person without anyone sorting them by hand. */
@IntegrationTest
@Import(RoutingFixture.class)
class RoutingTest {

    /** How long background routing may take on a busy CI machine; every wait ends as soon as its condition holds. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    RoutingFixture routing;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Transfers transfers;

    @Autowired
    Incidents incidents;

    @Autowired
    Presence presence;

    @Autowired
    io.loopdesk.testing.BackgroundWork background;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    org.springframework.modulith.events.core.EventSerializer serializer;

    @Autowired
    org.springframework.modulith.events.IncompleteEventPublications publications;

    @Autowired
    DataSource dataSource;

    RoutingFixture.Desk desk;

    @BeforeEach
    void setUp() {
        desk = routing.desk();
    }

    @Test
    void aTicketGoesToTheOnDutyAgentOfItsCategorysTeamWhoHasTheSkill() {
        TeamView network = desk.team("technical.network", "network");
        Actor withoutSkill = desk.agent(network, Set.of("billing"), null, true);
        Actor offDuty = desk.agent(network, Set.of("network"), null, false);
        Actor expert = desk.agent(network, Set.of("network", "hardware"), null, true);

        String number = open("technical.network", Urgency.NORMAL, null).number();

        TicketView ticket = assigned(number);
        assertThat(ticket.teamId()).isEqualTo(network.id());
        assertThat(ticket.assigneeId()).isEqualTo(expert.userId()).isNotIn(withoutSkill.userId(), offDuty.userId());
    }

    @Test
    void aTicketOpenedBeforeQueueingMovedIntoItsRegistrationIsQueuedAndAssignedFromItsStoredEvent() {
        Outstanding outstanding = openedWithItsQueueingOutstanding();
        store(outstanding, TicketOpened.class.getName());

        publications.resubmitIncompletePublications(publication -> true);

        assertThat(assigned(outstanding.ticket().number()).assigneeId())
                .isEqualTo(outstanding.agent().userId());
    }

    @Test
    void aTicketOpenedStoredUnderTheEventsFormerPackageIsAssignedAfterTheMigrationRenamesIt() {
        Outstanding outstanding = openedWithItsQueueingOutstanding();
        // outstanding when the version that moved the events into ticket.event starts: stored with the old names
        UUID publication = store(outstanding, "io.loopdesk.ticket.TicketOpened");

        new ResourceDatabasePopulator(new ClassPathResource("db/migration/common/V9_7__ticket_event_package.sql"))
                .execute(dataSource);
        assertThat(jdbc.sql("select event_type || ' ' || listener_id from event_publication where id = ?")
                        .param(publication)
                        .query(String.class)
                        .single())
                .isEqualTo(TicketOpened.class.getName() + " io.loopdesk.routing.TicketRouting.on("
                        + TicketOpened.class.getName() + ")");
        publications.resubmitIncompletePublications(p -> true);

        assertThat(assigned(outstanding.ticket().number()).assigneeId())
                .isEqualTo(outstanding.agent().userId());
    }

    /** A ticket whose queueing, a stored reaction to its opening, was still outstanding when a new version started. */
    private record Outstanding(TicketView ticket, Actor agent, TicketOpened opened) {}

    private Outstanding openedWithItsQueueingOutstanding() {
        TeamView team = desk.team("technical.client", null);
        TicketView ticket = open("technical.client", Urgency.NORMAL, null);
        background.settle();
        jdbc.sql("delete from routing_queue where ticket_number = ?")
                .param(ticket.number())
                .update();
        Actor agent = desk.agent(team, Set.of(), null, true);
        background.settle();
        long id = jdbc.sql("select id from ticket where number = ?")
                .param(ticket.number())
                .query(Long.class)
                .single();
        TicketOpened opened = new TicketOpened(
                id,
                ticket.number(),
                desk.tenant.id(),
                ticket.channel(),
                ticket.urgency(),
                ticket.type(),
                ticket.category(),
                ticket.teamId(),
                null,
                null,
                null,
                ticket.registeredAt());
        return new Outstanding(ticket, agent, opened);
    }

    /** Stores the opening for routing's reaction, naming the event's class (and the listener's parameter) as given. */
    private UUID store(Outstanding outstanding, String eventClass) {
        UUID publication = UUID.randomUUID();
        jdbc.sql("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " status, completion_attempts) values (?, ?, ?, ?, ?, 'PUBLISHED', 0)")
                .params(
                        publication,
                        "io.loopdesk.routing.TicketRouting.on(" + eventClass + ")",
                        eventClass,
                        serializer.serialize(outstanding.opened()).toString(),
                        Timestamp.from(outstanding.ticket().registeredAt()))
                .update();
        return publication;
    }

    @Test
    void withNobodyOnDutyTheTicketWaitsUnassignedInTheSupervisorsQueue() {
        TeamView team = desk.team("technical.server", null);
        desk.agent(team, Set.of(), null, false);

        String number = open("technical.server", Urgency.CRITICAL, null).number();

        await().atMost(PATIENCE)
                .until(() -> queries.get(number, desk.supervisor).teamId() != null);
        assertThat(queries.get(number, desk.supervisor).assigneeId()).isNull();
        Actor later = desk.agent(team, Set.of(), null, true);
        assertThat(assigned(number).assigneeId())
                .as("assigned as soon as someone is on duty")
                .isEqualTo(later.userId());
    }

    @Test
    void aLongLineOfTicketsNobodyCanTakeDoesNotKeepTheTicketBehindItWaiting() {
        TeamView servers = desk.team("technical.server", null);
        desk.agent(servers, Set.of(), null, false);
        TeamView returns = desk.team("commercial.returns", null);
        Actor agent = desk.agent(returns, Set.of(), null, false);
        // more critical server tickets than the assigner reads at once, all ahead of the returns ticket, which is
        // just as critical: it is found only by reading on within the same priority
        List<String> line = new java.util.ArrayList<>();
        for (int i = 0; i < Assigner.BATCH + 1; i++) {
            line.add(open("technical.server", Urgency.CRITICAL, null).number());
        }
        String behind = open("commercial.returns", Urgency.CRITICAL, null).number();
        routed(behind);

        presence.goOnDuty(agent);

        assertThat(assigned(behind).assigneeId()).isEqualTo(agent.userId());
        assertThat(assignedCount(line)).as("nobody on duty for the servers").isZero();
    }

    @Test
    void theCapIsNeverExceededAndLoadIsBalanced() {
        TeamView team = desk.team("consultation", null);
        Actor a = desk.agent(team, Set.of(), 2, false);
        Actor b = desk.agent(team, Set.of(), 2, false);
        List<String> numbers = List.of(
                open("consultation", Urgency.NORMAL, null).number(),
                open("consultation", Urgency.NORMAL, null).number(),
                open("consultation", Urgency.NORMAL, null).number(),
                open("consultation", Urgency.NORMAL, null).number(),
                open("consultation", Urgency.NORMAL, null).number());
        await().atMost(PATIENCE)
                .until(() -> numbers.stream()
                        .allMatch(n -> queries.get(n, desk.supervisor).teamId() != null));

        presence.goOnDuty(a);
        presence.goOnDuty(b);

        await().atMost(PATIENCE).until(() -> assignedCount(numbers) == 4);
        assertThat(countFor(numbers, a)).isEqualTo(2);
        assertThat(countFor(numbers, b)).isEqualTo(2);
    }

    @Test
    void urgentAndVipTicketsAreServedFirst() {
        TeamView team = desk.team("commercial.returns", null);
        Actor agent = desk.agent(team, Set.of(), 1, false);
        String normal = open("commercial.returns", Urgency.NORMAL, null).number();
        String vip = open("commercial.returns", Urgency.NORMAL, desk.customer(CustomerLevel.VIP))
                .number();
        String critical = open("commercial.returns", Urgency.CRITICAL, null).number();
        await().atMost(PATIENCE)
                .until(() -> List.of(normal, vip, critical).stream()
                        .allMatch(n -> queries.get(n, desk.supervisor).teamId() != null));

        presence.goOnDuty(agent);

        assertThat(assigned(critical).assigneeId()).isEqualTo(agent.userId());
        tickets.changeStatus(critical, TicketStatus.AWAITING_CONFIRMATION, null, agent);
        assertThat(assigned(vip).assigneeId())
                .as("the VIP before the older ordinary ticket")
                .isEqualTo(agent.userId());
        assertThat(queries.get(normal, desk.supervisor).assigneeId()).isNull();
    }

    @Test
    void goingOffDutyHandsNewAndInProgressTicketsToAnOnDutyTeammate() {
        TeamView team = desk.team("technical.client", null);
        Actor leaving = desk.agent(team, Set.of(), null, true);
        String inProgress = open("technical.client", Urgency.NORMAL, null).number();
        assertThat(assigned(inProgress).assigneeId()).isEqualTo(leaving.userId());
        tickets.changeStatus(inProgress, TicketStatus.IN_PROGRESS, null, leaving);
        String waiting = open("technical.client", Urgency.NORMAL, null).number();
        assertThat(assigned(waiting).assigneeId()).isEqualTo(leaving.userId());
        tickets.changeStatus(waiting, TicketStatus.WAITING_CUSTOMER, null, leaving);
        Actor staying = desk.agent(team, Set.of(), null, true);

        presence.goOffDuty(leaving, "客户已远程重启路由器，等待复现");

        await().atMost(PATIENCE)
                .until(() -> staying.userId()
                        .equals(queries.get(inProgress, desk.supervisor).assigneeId()));
        assertThat(queries.get(waiting, desk.supervisor).assigneeId())
                .as("a ticket waiting for the customer stays with its agent")
                .isEqualTo(leaving.userId());
        assertThat(transfers.of(inProgress, desk.supervisor)).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(HandoverKind.OFF_DUTY);
            assertThat(h.note()).isEqualTo("客户已远程重启路由器，等待复现");
        });
    }

    @Test
    void aTransferNeedsAHandoverNoteAndTellsTheCustomerFirst() {
        TeamView first = desk.team("technical.stream", null);
        TeamView second = desk.team("technical.network", null);
        Actor agent = desk.agent(first, Set.of(), null, true);
        Actor colleague = desk.agent(second, Set.of(), null, false);
        String number = open("technical.stream", Urgency.URGENT, null).number();
        assertThat(assigned(number).assigneeId()).isEqualTo(agent.userId());

        assertThatThrownBy(() ->
                        transfers.transfer(number, colleague.userId(), second.id(), new HandoverNote("", "  "), agent))
                .isInstanceOf(HandoverRefusedException.class)
                .satisfies(e -> assertThat(((DomainException) e).problems())
                        .extracting(p -> p.field())
                        .containsExactlyInAnyOrder("found", "nextSteps"));
        assertThat(queries.get(number, agent).assigneeId()).isEqualTo(agent.userId());

        transfers.transfer(
                number,
                colleague.userId(),
                second.id(),
                new HandoverNote("推流端码率异常，CDN 节点正常", "请检查主播端 OBS 设置并联系主播"),
                agent);

        TicketView moved = queries.get(number, desk.supervisor);
        assertThat(moved.assigneeId()).isEqualTo(colleague.userId());
        assertThat(moved.teamId()).isEqualTo(second.id());
        List<MessageView> messages = queries.messages(number, desk.supervisor);
        assertThat(messages.getLast().body()).contains("转交给更合适的同事");
        assertThat(fields(number)).contains("transfer");
    }

    @Test
    void dispatchAndEscalationAreRecordedInTheHistory() {
        TeamView first = desk.team("technical.server", null);
        TeamView senior = routing.teams.create(desk.tenant.id(), "Senior " + System.nanoTime(), null);
        TeamView experts = routing.teams.create(desk.tenant.id(), "Experts " + System.nanoTime(), null);
        desk.rules(new RoutingRules(0.6, 20, true, senior.id(), experts.id(), 30, 5, SurgeRule.DEFAULT));
        Actor agent = desk.agent(first, Set.of(), null, true);
        String number = open("technical.server", Urgency.URGENT, null).number();
        assertThat(assigned(number).assigneeId()).isEqualTo(agent.userId());

        transfers.escalate(number, "需要查看服务端日志，一线无权限", agent);
        assertThat(queries.get(number, desk.supervisor).teamId()).isEqualTo(senior.id());
        assertThat(transfers.levelOf(number, agent)).isEqualTo(EscalationLevel.SENIOR);
        transfers.escalate(number, "疑似数据库死锁，需要专家组", desk.supervisor);
        assertThat(queries.get(number, desk.supervisor).teamId()).isEqualTo(experts.id());
        assertThatThrownBy(() -> transfers.escalate(number, "还要再升级", desk.supervisor))
                .hasMessageContaining("complex-problem group");

        transfers.dispatch(number, "平台存储服务异常，需平台侧排查", desk.supervisor);
        assertThatThrownBy(() -> tickets.changeStatus(number, TicketStatus.CLOSED, "重复工单", desk.supervisor))
                .as("the tenant does not close a ticket the platform is working on")
                .hasMessageContaining("platform");

        List<HistoryEntryView> history = queries.history(number, desk.supervisor);
        assertThat(history)
                .filteredOn(h -> h.field().equals("escalation"))
                .extracting(HistoryEntryView::newValue)
                .containsExactly("SENIOR", "EXPERT");
        assertThat(history)
                .filteredOn(h -> h.field().equals("dispatch"))
                .singleElement()
                .satisfies(h -> assertThat(h.note()).isEqualTo("平台存储服务异常，需平台侧排查"));
    }

    @Test
    void resolvingAnIncidentTellsEveryLinkedCustomerAndAsksThemToConfirm() {
        desk.team("technical.stream", null);
        List<UserView> customers = List.of(
                desk.customer(CustomerLevel.STANDARD),
                desk.customer(CustomerLevel.STANDARD),
                desk.customer(CustomerLevel.VIP));
        List<String> numbers = customers.stream()
                .map(c -> open("technical.stream", Urgency.URGENT, c).number())
                .toList();
        numbers.forEach(this::routed);
        IncidentView incident = incidents.declare("华东 CDN 节点故障", "多个直播间卡顿", "technical.stream", desk.supervisor);
        numbers.forEach(n -> incidents.link(incident.id(), n, desk.supervisor));

        incidents.resolve(incident.id(), "CDN 节点已恢复，请刷新直播间后确认。", desk.supervisor);

        for (int i = 0; i < numbers.size(); i++) {
            Actor customer = Fixtures.actor(customers.get(i));
            assertThat(queries.get(numbers.get(i), customer).status()).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);
            assertThat(queries.messages(numbers.get(i), customer))
                    .extracting(MessageView::body)
                    .contains("CDN 节点已恢复，请刷新直播间后确认。");
        }
        assertThat(incidents.get(incident.id(), desk.supervisor).status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(fields(numbers.getFirst())).contains("incident");
    }

    @Test
    void manySimilarTicketsInAShortTimeProposeAnIncident() {
        desk.team("technical.stream", null);
        desk.rules(new RoutingRules(0.6, 20, true, null, null, 30, 3, SurgeRule.DEFAULT));
        for (int i = 0; i < 3; i++) {
            tickets.open(
                    desk.tenant.id(),
                    Channel.APP,
                    Fixtures.validTicket()
                            .category("technical.stream")
                            .title("直播间卡顿严重，画面一直转圈")
                            .build(),
                    desk.supervisor);
        }
        await().atMost(PATIENCE)
                .until(() -> incidents.all(desk.supervisor).stream()
                        .anyMatch(i -> i.status() == IncidentStatus.PROPOSED
                                && i.tickets().size() >= 3));
    }

    private TicketView open(String category, Urgency urgency, UserView customer) {
        return tickets.open(
                desk.tenant.id(),
                Channel.PHONE,
                Fixtures.validTicket()
                        .category(category)
                        .urgency(urgency)
                        .requesterId(customer == null ? null : customer.id())
                        .build(),
                desk.supervisor);
    }

    private void routed(String number) {
        await().atMost(PATIENCE)
                .until(() -> queries.get(number, desk.supervisor).teamId() != null);
    }

    private TicketView assigned(String number) {
        await().atMost(PATIENCE)
                .until(() -> queries.get(number, desk.supervisor).assigneeId() != null);
        return queries.get(number, desk.supervisor);
    }

    private long assignedCount(List<String> numbers) {
        return numbers.stream()
                .filter(n -> queries.get(n, desk.supervisor).assigneeId() != null)
                .count();
    }

    private long countFor(List<String> numbers, Actor agent) {
        return numbers.stream()
                .filter(n ->
                        agent.userId().equals(queries.get(n, desk.supervisor).assigneeId()))
                .count();
    }

    private List<String> fields(String number) {
        return queries.history(number, desk.supervisor).stream()
                .map(HistoryEntryView::field)
                .toList();
    }
}

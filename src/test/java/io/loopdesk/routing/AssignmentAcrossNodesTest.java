package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.assignment.Assigner;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Urgency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database assign 5,000 tickets at the same time: no ticket is assigned twice and no
 * agent goes over their cap. The nodes have a database of their own, so the shared test context's timers never
 * meet these 5,000 tickets.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class AssignmentAcrossNodesTest {

    /** The radar's surges kept out of the way, as its similar tickets are. */
    private static final SurgeRule QUIET = new SurgeRule(60, 3.0, 10_000);

    private static final int TICKETS = 5_000;
    private static final int AGENTS = 20;
    private static final int CAP = 200;
    private static final String DATABASE = "assignment";

    @Test
    void noTicketTwiceAndNoAgentOverCap() throws Exception {
        try (ConfigurableApplicationContext thisNode =
                        TestNodes.start(DATABASE, null, Map.of(), Fixtures.class, RoutingFixture.class);
                ConfigurableApplicationContext otherNode = TestNodes.start(DATABASE, null, Map.of())) {
            assignAcross(thisNode, otherNode);
        }
    }

    private void assignAcross(ConfigurableApplicationContext thisNode, ConfigurableApplicationContext otherNode)
            throws Exception {
        RoutingFixture routing = thisNode.getBean(RoutingFixture.class);
        Tickets thisNodeTickets = thisNode.getBean(Tickets.class);
        Assigner thisNodeAssigner = thisNode.getBean(Assigner.class);
        JdbcClient jdbc = thisNode.getBean(JdbcClient.class);
        RoutingFixture.Desk desk = routing.desk();
        desk.rules(new RoutingRules(0.6, CAP, false, null, null, 30, 10_000, QUIET));
        TeamView team = desk.team("technical.network", null);
        List<Actor> agents = new ArrayList<>();
        for (int i = 0; i < AGENTS; i++) {
            agents.add(desk.agent(team, Set.of(), null, true));
        }
        Tickets otherNodeTickets = otherNode.getBean(Tickets.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Void>> opening = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Tickets node = t % 2 == 0 ? thisNodeTickets : otherNodeTickets;
            opening.add(() -> {
                for (int i = 0; i < TICKETS / 8; i++) {
                    node.open(
                            desk.tenant.id(),
                            Channel.APP,
                            Fixtures.validTicket()
                                    .category("technical.network")
                                    .urgency(i % 10 == 0 ? Urgency.URGENT : Urgency.NORMAL)
                                    .build(),
                            desk.supervisor);
                }
                return null;
            });
        }
        for (Future<Void> done : pool.invokeAll(opening)) {
            done.get();
        }
        await().atMost(Duration.ofMinutes(3)).until(() -> queued(jdbc, desk) == TICKETS);
        // the opening's own reactions (classification, SLA clocks) finish first: reactions wait in a queue rather than
        // hold up the threads that open tickets, and a reaction still queued when assigning is switched on would
        // assign its ticket before the drains begin
        await().atMost(Duration.ofMinutes(3))
                .until(() -> jdbc.sql("select count(*) from event_publication")
                                .query(Long.class)
                                .single()
                        == 0);

        desk.rules(new RoutingRules(0.6, CAP, true, null, null, 30, 10_000, QUIET));
        Assigner otherNodeAssigner = otherNode.getBean(Assigner.class);
        List<Callable<Integer>> assigning = List.of(
                () -> drain(thisNodeAssigner, desk), () -> drain(otherNodeAssigner, desk),
                () -> drain(thisNodeAssigner, desk), () -> drain(otherNodeAssigner, desk));
        int assigned = 0;
        for (Future<Integer> done : pool.invokeAll(assigning)) {
            assigned += done.get();
        }
        pool.shutdown();
        await().atMost(Duration.ofMinutes(2))
                .until(() -> jdbc.sql("select count(*) from event_publication")
                                .query(Long.class)
                                .single()
                        == 0);

        assertThat(assigned)
                .as("most by the two drains, the rest by the nodes' own sweeps")
                .isPositive();
        Map<Long, Long> perAgent = new java.util.HashMap<>();
        jdbc.sql("select assignee_id, count(*) from ticket where tenant_id = ? and assignee_id is not null "
                        + "group by assignee_id")
                .param(desk.tenant.id())
                .query((rs, row) -> perAgent.put(rs.getLong(1), rs.getLong(2)))
                .list();
        assertThat(perAgent.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        agents.stream().map(Actor::userId).toList());
        assertThat(perAgent.values()).allSatisfy(count -> assertThat(count).isEqualTo(CAP));
        List<Long> assignedTwice = jdbc.sql("select t.id from ticket t join ticket_history h on h.ticket_id = t.id "
                        + "where t.tenant_id = ? and h.field = 'assignee' and h.new_value is not null "
                        + "group by t.id having count(*) > 1")
                .param(desk.tenant.id())
                .query(Long.class)
                .list();
        assertThat(assignedTwice).as("tickets assigned more than once").isEmpty();
        assertThat(queued(jdbc, desk)).as("the rest waits for room").isEqualTo(TICKETS - AGENTS * CAP);
        Set<Long> holders =
                new HashSet<>(jdbc.sql("select agent_id from assignment where tenant_id = ? and active = true")
                        .param(desk.tenant.id())
                        .query(Long.class)
                        .list());
        assertThat(holders).hasSize(AGENTS);
    }

    private static int drain(Assigner assigner, RoutingFixture.Desk desk) {
        int total = 0;
        int round;
        do {
            round = assigner.assignWaiting(desk.tenant.id());
            total += round;
        } while (round > 0);
        return total;
    }

    private static long queued(JdbcClient jdbc, RoutingFixture.Desk desk) {
        return jdbc.sql("select count(*) from routing_queue where tenant_id = ?")
                .param(desk.tenant.id())
                .query(Long.class)
                .single();
    }
}

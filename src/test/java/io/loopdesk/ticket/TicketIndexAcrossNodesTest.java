package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.view.TicketSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Each node keeps its own index of tickets and messages; a ticket opened on one node and a reply written on the
 * other are found on both, and a node started later finds what was written before it started.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class TicketIndexAcrossNodesTest {

    private static final String DATABASE = "ticket_index";

    @Test
    void ticketsAndMessagesWrittenOnEitherNodeAreFoundOnBoth() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "nodes hear each other through PostgreSQL; H2 serves one node");
        try (ConfigurableApplicationContext one = TestNodes.start(DATABASE, null, Map.of(), Fixtures.class);
                ConfigurableApplicationContext two = TestNodes.start(DATABASE, null, Map.of(), Fixtures.class)) {
            Fixtures fixtures = one.getBean(Fixtures.class);
            TenantInfo tenant = fixtures.tenant();
            Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));

            String number = one.getBean(Tickets.class)
                    .open(
                            tenant.id(),
                            Channel.PHONE,
                            Fixtures.validTicket().title("扫地机器人无法回充").build(),
                            agent)
                    .number();
            eventually(() -> numbers(two, agent, "扫地机器人"), List.of(number));
            two.getBean(Tickets.class).addMessage(number, MessageKind.PUBLIC_REPLY, "请清洁充电座的金属触点后再试一次。", agent);
            eventually(() -> numbers(one, agent, "金属触点"), List.of(number));
            eventually(() -> numbers(two, agent, "金属触点"), List.of(number));

            try (ConfigurableApplicationContext three = TestNodes.start(DATABASE, null, Map.of(), Fixtures.class)) {
                eventually(() -> numbers(three, agent, "金属触点"), List.of(number));
            }
        }
    }

    private static List<String> numbers(ConfigurableApplicationContext node, Actor actor, String text) {
        return node
                .getBean(TicketQueries.class)
                .list(TicketQuery.builder().text(text).limit(10).build(), actor)
                .items()
                .stream()
                .map(TicketSummary::number)
                .toList();
    }

    /** Signals cross nodes in milliseconds; waits at most 10 s for what {@code actual} reads to become {@code expected}. */
    private static void eventually(Supplier<List<String>> actual, List<String> expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!actual.get().equals(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(actual.get()).isEqualTo(expected);
    }
}

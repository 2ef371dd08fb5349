package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.LoopdeskApplication;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.testing.TestDatabaseInitializer;
import io.loopdesk.ticket.value.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two application nodes on one database hand out ticket numbers at the same time: never the same one twice. */
@IntegrationTest
class TicketNumbersAcrossNodesTest {

    private static final int THREADS_PER_NODE = 4;
    private static final int TICKETS_PER_THREAD = 50;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets thisNode;

    @Autowired
    JdbcClient jdbc;

    @Test
    void numbersStayUniqueWithTwoNodes() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        try (ConfigurableApplicationContext secondNode = new SpringApplicationBuilder(LoopdeskApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(arguments())) {
            Tickets otherNode = secondNode.getBean(Tickets.class);
            List<Callable<List<String>>> work = new ArrayList<>();
            for (int i = 0; i < THREADS_PER_NODE; i++) {
                work.add(() -> open(thisNode, tenant, agent));
                work.add(() -> open(otherNode, tenant, agent));
            }
            ExecutorService pool = Executors.newFixedThreadPool(work.size());
            List<String> numbers = new ArrayList<>();
            for (Future<List<String>> result : pool.invokeAll(work)) {
                numbers.addAll(result.get());
            }
            pool.shutdown();

            Set<String> unique = new HashSet<>(numbers);
            assertThat(numbers).hasSize(2 * THREADS_PER_NODE * TICKETS_PER_THREAD);
            assertThat(unique).hasSameSizeAs(numbers);
            // let both nodes finish reacting to the new tickets before one of them stops
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> jdbc.sql("select count(*) from event_publication")
                                    .query(Long.class)
                                    .single()
                            == 0);
        }
    }

    /** Command-line arguments outrank application.properties, as an operator's settings would on a real node. */
    private static String[] arguments() {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        TestDatabase.properties(TestDatabaseInitializer.SHARED)
                .forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments.toArray(String[]::new);
    }

    private static List<String> open(Tickets node, TenantInfo tenant, Actor agent) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < TICKETS_PER_THREAD; i++) {
            numbers.add(
                    node.open(tenant.id(), Channel.PHONE, Fixtures.validTicket().build(), agent)
                            .number());
        }
        return numbers;
    }
}

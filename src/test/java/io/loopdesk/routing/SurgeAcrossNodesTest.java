package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Two nodes on one database see the same burst at the same moment: the database lets one of them record the surge,
 * so there is one proposal and one notice per supervisor, not one per node.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class SurgeAcrossNodesTest {

    private static final String DATABASE = "surges";

    @Test
    void aBurstSeenByTwoNodesIsOneSurge() throws Exception {
        try (ConfigurableApplicationContext one =
                        TestNodes.start(DATABASE, null, Map.of(), Fixtures.class, RoutingFixture.class);
                ConfigurableApplicationContext two = TestNodes.start(DATABASE, null, Map.of(), Fixtures.class)) {
            RoutingFixture.Desk desk = one.getBean(RoutingFixture.class).desk();
            desk.team("technical.network", null);
            one.getBean(Fixtures.class).staff(desk.tenant, Role.SUPERVISOR);
            // the similar-ticket half kept out of the way; each ticket names a product of its own
            desk.rules(new RoutingRules(0.6, 20, true, null, null, 30, 10_000, SurgeRule.DEFAULT));

            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Callable<Void>> opening = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Tickets node = (t % 2 == 0 ? one : two).getBean(Tickets.class);
                int thread = t;
                opening.add(() -> {
                    for (int i = 0; i < 5; i++) {
                        node.open(
                                desk.tenant.id(),
                                Channel.APP,
                                Fixtures.validTicket()
                                        .category("technical.network")
                                        .product("型号 " + thread + "-" + i)
                                        .build(),
                                desk.supervisor);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(opening)) {
                done.get();
            }
            pool.shutdown();
            BackgroundWork.of(one).settle();
            BackgroundWork.of(two).settle();

            JdbcClient jdbc = one.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select key_kind || ':' || key_code from routing_surge where tenant_id = ?")
                            .param(desk.tenant.id())
                            .query(String.class)
                            .list())
                    .containsExactly("CATEGORY:technical.network");
            assertThat(jdbc.sql("select count(*) from incident where tenant_id = ? and status = 'PROPOSED'")
                            .param(desk.tenant.id())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            // two supervisors, each told once in the app and once by e-mail
            assertThat(jdbc.sql("select channel, count(*) from notification where tenant_id = ? and subject like ?"
                                    + " group by channel order by channel")
                            .params(desk.tenant.id(), "突发%")
                            .query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
                            .list())
                    .containsExactly("EMAIL=2", "IN_APP=2");
        }
    }
}

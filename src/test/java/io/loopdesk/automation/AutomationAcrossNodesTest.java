package io.loopdesk.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestNodes;
import java.time.Duration;
import java.time.Instant;
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
 * Two nodes on one database run the same automations at the same moment: a timed rule's round on both, and an
 * event handed to both (as a redelivery after a crash would). Each rule fires once per ticket and event, never
 * twice: one firing row and one history line each.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class AutomationAcrossNodesTest {

    private static final String DATABASE = "automation";
    private static final int TICKETS = 60;

    @Test
    void anAutomationFiresOnceOnTwoNodes() throws Exception {
        TestClock clock = new TestClock(Instant.now());
        Map<String, Object> quiet = Map.of("loopdesk.automation.timed-interval", "PT12H");
        try (ConfigurableApplicationContext first = TestNodes.start(DATABASE, clock, quiet);
                ConfigurableApplicationContext second = TestNodes.start(DATABASE, clock, quiet)) {
            Fixtures fixtures = Fixtures.outside(first);
            TenantInfo tenant = fixtures.tenant();
            UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
            UserView customer = fixtures.customer(tenant);
            Api api = fixtures.api(admin);
            Api.Response timedRule = api.post(
                    "/api/v1/automations",
                    Map.of(
                            "name", "久未处理",
                            "trigger", "TIMED",
                            "anchor", "CREATED",
                            "hours", 8,
                            "actions", List.of(Map.of("kind", "ADD_NOTE", "value", "已等待 8 个工作小时。"))));
            assertThat(timedRule.status()).as(timedRule.body()).isEqualTo(201);
            Api.Response updateRule = api.post(
                    "/api/v1/automations",
                    Map.of(
                            "name", "更新即打标签",
                            "trigger", "UPDATED",
                            "actions", List.of(Map.of("kind", "ADD_TAG", "value", "seen"))));
            assertThat(updateRule.status()).as(updateRule.body()).isEqualTo(201);
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < TICKETS; i++) {
                numbers.add(fixtures.ticketOf(customer).number());
            }
            clock.advance(Duration.ofDays(14));

            TimedRules firstTimed = first.getBean(TimedRules.class);
            TimedRules secondTimed = second.getBean(TimedRules.class);
            AutomationEngine firstEngine = first.getBean(AutomationEngine.class);
            AutomationEngine secondEngine = second.getBean(AutomationEngine.class);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Callable<Integer>> rounds = List.of(
                    () -> firstTimed.round(tenant.id()), () -> secondTimed.round(tenant.id()),
                    () -> firstTimed.round(tenant.id()), () -> secondTimed.round(tenant.id()));
            int fired = 0;
            for (Future<Integer> done : pool.invokeAll(rounds)) {
                fired += done.get();
            }
            List<Callable<Void>> redelivered = new ArrayList<>();
            for (String number : numbers) {
                for (AutomationEngine engine : List.of(firstEngine, secondEngine)) {
                    redelivered.add(() -> {
                        engine.run(tenant.id(), number, Trigger.UPDATED, "message:redelivered");
                        return null;
                    });
                }
            }
            for (Future<Void> done : pool.invokeAll(redelivered)) {
                done.get();
            }
            pool.shutdown();

            JdbcClient jdbc = first.getBean(JdbcClient.class);
            // the nodes' own timers may have taken some of the tickets before the four rounds did
            assertThat(fired)
                    .as("never more than once a ticket, between the two nodes")
                    .isLessThanOrEqualTo(TICKETS);
            assertThat(count(jdbc, timedRule, "outcome = 'FIRED'")).isEqualTo(TICKETS);
            assertThat(count(jdbc, updateRule, "event_key = 'message:redelivered'"))
                    .isEqualTo(TICKETS);
            assertThat(jdbc.sql("select count(*) from ticket_message m join ticket t on t.id = m.ticket_id"
                                    + " where t.tenant_id = ? and m.body = '已等待 8 个工作小时。'")
                            .param(tenant.id())
                            .query(Long.class)
                            .single())
                    .as("one note per ticket")
                    .isEqualTo(TICKETS);
            assertThat(jdbc.sql("select count(*) from ticket_history h join ticket t on t.id = h.ticket_id"
                                    + " where t.tenant_id = ? and h.field = 'automation' and h.new_value = ?")
                            .params(tenant.id(), "久未处理")
                            .query(Long.class)
                            .single())
                    .isEqualTo(TICKETS);
        }
    }

    private static long count(JdbcClient jdbc, Api.Response rule, String where) {
        return jdbc.sql("select count(*) from automation_firing where rule_id = ? and " + where)
                .param(rule.get("id").asLong())
                .query(Long.class)
                .single();
    }
}

package io.loopdesk.bench;

import io.loopdesk.automation.Action;
import io.loopdesk.automation.ActionKind;
import io.loopdesk.automation.AutomationRules;
import io.loopdesk.automation.Condition;
import io.loopdesk.automation.Operator;
import io.loopdesk.automation.RuleDraft;
import io.loopdesk.automation.Subject;
import io.loopdesk.automation.Trigger;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.ManyTickets;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.ticket.Tickets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The automation benchmark of bench/README.md; not part of the test suite (its name is no test's), run by
 * {@code bench/automation.sh}. On PostgreSQL, one node: a tenant's tickets opened back to back (8 threads) without
 * automations, then as many again with 50 active rules on registration whose conditions the tickets fail, then
 * again with 5 of those rules changed to tag or note every ticket; each round timed from its first ticket to the end
 * of every reaction, with the machine's CPU time per ticket. Writes its figures to
 * {@code target/bench/automation-postgresql.txt}.
 */
class AutomationBench {

    private static final String DATABASE = "loopdesk_bench_automation";
    private static final int RULES = 50;
    private static final int MATCHING = 5;

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        int tickets = Integer.getInteger("bench.tickets", 2_000);
        BenchDatabase bench = BenchDatabase.fresh(DATABASE);
        try (ConfigurableApplicationContext node = TestNodes.startOn(bench.settings())) {
            BenchTenant benchTenant = BenchTenant.on(node, Role.TENANT_ADMIN);
            TenantInfo tenant = benchTenant.tenant();
            UserView admin = benchTenant.staff();
            Actor boss = Fixtures.actor(admin);
            Tickets ticketService = node.getBean(Tickets.class);
            JdbcClient jdbc = node.getBean(JdbcClient.class);

            line("# Automation benchmark: " + tickets + " tickets opened per round on PostgreSQL, one node");
            line("");
            line(
                    "| round | tickets | wall time (to the last reaction) | tickets/s | machine CPU per ticket | firings |");
            line("|---|---:|---:|---:|---:|---:|");
            // a first round warms the JIT up, so neither measured round pays for it
            ManyTickets.open(ticketService, tenant.id(), boss, Math.min(tickets, 500));
            drain(jdbc);
            measure("no automations", tickets, tenant.id(), boss, ticketService, jdbc);
            AutomationRules rules = node.getBean(AutomationRules.class);
            List<Long> ids = new java.util.ArrayList<>();
            for (int i = 0; i < RULES; i++) {
                ids.add(rules.create(rule(i, false), boss).id());
            }
            measure(
                    RULES + " active rules on registration, none firing",
                    tickets,
                    tenant.id(),
                    boss,
                    ticketService,
                    jdbc);
            for (int i = 0; i < RULES; i += RULES / MATCHING) {
                rules.update(ids.get(i), rule(i, true), boss);
            }
            measure(
                    RULES + " active rules on registration, " + MATCHING + " firing",
                    tickets,
                    tenant.id(),
                    boss,
                    ticketService,
                    jdbc);
            line("");
            line("Machine: " + BenchDatabase.machine());
        }
        Path out = Path.of("target", "bench", "automation-postgresql.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Rules as a desk writes them: most look for words its tickets lack, a few tag or note every ticket. */
    private static RuleDraft rule(int i, boolean fires) {
        List<Condition> conditions = fires
                ? List.of(new Condition(Subject.CHANNEL, null, Operator.IS, "APP"))
                : List.of(
                        new Condition(Subject.TEXT, null, Operator.CONTAINS, "关键词" + i),
                        new Condition(Subject.URGENCY, null, Operator.IS, "CRITICAL"));
        List<Action> actions = i % 2 == 0
                ? List.of(new Action(ActionKind.ADD_TAG, null, "rule-" + i))
                : List.of(new Action(ActionKind.ADD_NOTE, null, "规则 " + i + " 的备注"));
        return new RuleDraft("规则 " + i, Trigger.CREATED, null, null, true, conditions, actions, true);
    }

    private void measure(String what, int tickets, long tenantId, Actor boss, Tickets ticketService, JdbcClient jdbc)
            throws Exception {
        long firingsBefore = firings(jdbc);
        MachineCpu before = MachineCpu.now();
        long started = System.nanoTime();
        ManyTickets.open(ticketService, tenantId, boss, tickets);
        drain(jdbc);
        double seconds = (System.nanoTime() - started) / 1e9;
        MachineCpu used = MachineCpu.now().minus(before);
        line(String.format(
                Locale.ROOT,
                "| %s | %d | %.1f s | %.0f | %.2f ms (node %.2f ms) | %d |",
                what,
                tickets,
                seconds,
                tickets / seconds,
                used.busyMillis() / tickets,
                used.jvmMillis() / tickets,
                firings(jdbc) - firingsBefore));
    }

    private static long firings(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from automation_firing")
                .query(Long.class)
                .single();
    }

    private static void drain(JdbcClient jdbc) throws InterruptedException {
        while (jdbc.sql("select count(*) from event_publication")
                        .query(Long.class)
                        .single()
                > 0) {
            Thread.sleep(100);
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}

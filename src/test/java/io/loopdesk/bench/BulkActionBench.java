package io.loopdesk.bench;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.ManyTickets;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.bulk.BulkActionView;
import io.loopdesk.ticket.bulk.BulkActions;
import io.loopdesk.ticket.bulk.BulkChange;
import io.loopdesk.ticket.value.TicketStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bulk action benchmark of bench/README.md; not part of the test suite (its name is no test's), run by
 * {@code bench/bulk.sh}. On PostgreSQL, one node: a tenant's tickets (10,000 by default, 2 % of them closed) are
 * moved to another status in one bulk action over "all that the list matches", then all assigned to one person;
 * each action timed from its start to its last ticket, with the machine's CPU time per ticket. Writes its figures to
 * {@code target/bench/bulk-postgresql.txt}.
 */
class BulkActionBench {

    private static final String DATABASE = "loopdesk_bench_bulk";

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        int tickets = Integer.getInteger("bench.tickets", 10_000);
        BenchDatabase bench = BenchDatabase.fresh(DATABASE);
        try (ConfigurableApplicationContext node = TestNodes.startOn(bench.settings())) {
            BenchTenant benchTenant = BenchTenant.on(node, Role.SUPERVISOR);
            TenantInfo tenant = benchTenant.tenant();
            UserView supervisor = benchTenant.staff();
            Actor boss = Fixtures.actor(supervisor);
            Tickets ticketService = node.getBean(Tickets.class);
            JdbcClient jdbc = node.getBean(JdbcClient.class);

            long opening = System.nanoTime();
            List<String> numbers = ManyTickets.open(ticketService, tenant.id(), boss, tickets);
            double openSeconds = (System.nanoTime() - opening) / 1e9;
            int closed = tickets / 50;
            for (String number : numbers.subList(0, closed)) {
                ticketService.changeStatus(number, TicketStatus.CLOSED, "duplicate", boss);
            }
            drain(jdbc);

            line("# Bulk action benchmark: " + tickets + " tickets on PostgreSQL, one node");
            line("");
            line("Opened in " + String.format(Locale.ROOT, "%.1f", openSeconds) + " s (8 threads); " + closed
                    + " closed before the actions, which the lifecycle then refuses.");
            line("");
            line("| action | tickets | changed | refused | wall time | tickets/s | machine CPU per ticket |");
            line("|---|---:|---:|---:|---:|---:|---:|");
            BulkActions bulk = node.getBean(BulkActions.class);
            measure(
                    "status NEW → IN_PROGRESS (all matching)",
                    tenant.id(),
                    jdbc,
                    () -> bulk.startMatching(
                            BulkChange.status(TicketStatus.IN_PROGRESS, null),
                            TicketQuery.builder().limit(1).build(),
                            "view=all",
                            boss));
            measure(
                    "assign to one person (all matching)",
                    tenant.id(),
                    jdbc,
                    () -> bulk.startMatching(
                            BulkChange.assign(supervisor.id(), null, null),
                            TicketQuery.builder().limit(1).build(),
                            "view=all",
                            boss));
            line("");
            line("Machine: " + BenchDatabase.machine());
        }
        Path out = Path.of("target", "bench", "bulk-postgresql.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void measure(String what, long tenantId, JdbcClient jdbc, Supplier<BulkActionView> start) throws Exception {
        MachineCpu before = MachineCpu.now();
        long started = System.nanoTime();
        BulkActionView action = TenantScope.inTenant(tenantId, start::get);
        while (!"DONE"
                .equals(jdbc.sql("select state from bulk_action where id = ?")
                        .param(action.id())
                        .query(String.class)
                        .single())) {
            Thread.sleep(100);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        MachineCpu used = MachineCpu.now().minus(before);
        var counts = jdbc.sql("select succeeded, refused from bulk_action where id = ?")
                .param(action.id())
                .query()
                .singleRow();
        line(String.format(
                Locale.ROOT,
                "| %s | %d | %s | %s | %.1f s | %.0f | %.2f ms (node %.2f ms) |",
                what,
                action.total(),
                counts.get("succeeded"),
                counts.get("refused"),
                seconds,
                action.total() / seconds,
                used.busyMillis() / action.total(),
                used.jvmMillis() / action.total()));
        drain(jdbc);
    }

    private static void drain(JdbcClient jdbc) throws InterruptedException {
        while (jdbc.sql("select count(*) from event_publication")
                        .query(Long.class)
                        .single()
                > 0) {
            Thread.sleep(200);
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}

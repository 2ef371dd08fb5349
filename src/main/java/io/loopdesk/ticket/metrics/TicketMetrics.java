package io.loopdesk.ticket.metrics;

import io.loopdesk.shared.AfterCommit;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.event.TicketStatusChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts tickets as they are committed: opened, by channel and the tenant's plan, and moved into each status
 * (solved = awaiting confirmation, resolved, closed, reopened into progress). Tagged by plan, not by tenant: a
 * platform hosts hundreds of tenants, and a series per tenant and channel would swamp Prometheus; per-tenant
 * figures are the reports' job. Counted on this node; Prometheus sums the nodes.
 */
@Component
class TicketMetrics {

    private final MeterRegistry meters;
    private final Tenants tenants;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    TicketMetrics(MeterRegistry meters, Tenants tenants) {
        this.meters = meters;
        this.tenants = tenants;
    }

    @EventListener
    void on(TicketOpened opened) {
        String plan = tenants.byId(opened.tenantId())
                .map(TenantInfo::plan)
                .map(Plan::name)
                .orElse("UNKNOWN");
        Counter counter = counters.computeIfAbsent(
                "opened " + opened.channel() + " " + plan,
                k -> Counter.builder("loopdesk.tickets.opened")
                        .description("Tickets registered, by the channel they came through and the tenant's plan")
                        .tag("channel", lower(opened.channel().name()))
                        .tag("plan", lower(plan))
                        .register(meters));
        AfterCommit.inline(counter::increment);
    }

    @EventListener
    void on(TicketStatusChanged changed) {
        Counter counter = counters.computeIfAbsent(
                "status " + changed.to(),
                k -> Counter.builder("loopdesk.tickets.status.changes")
                        .description("Tickets moved into a status (awaiting_confirmation: solved by staff)")
                        .tag("to", lower(changed.to().name()))
                        .register(meters));
        AfterCommit.inline(counter::increment);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

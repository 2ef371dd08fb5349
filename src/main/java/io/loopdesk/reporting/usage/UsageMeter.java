package io.loopdesk.reporting.usage;

import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.event.TicketOpened;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts a billed unit when an app feedback or an e-mail becomes a ticket, in the transaction that registers it:
 * the ticket's own uniqueness (an idempotency key, a Message-ID, decided by the database) is the meter's, so a
 * retry, a race between nodes or a rolled-back registration can neither add nor lose a unit.
 */
@Component
class UsageMeter {

    private final JdbcClient jdbc;
    private final Tenants tenants;

    UsageMeter(JdbcClient jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    @EventListener
    void on(TicketOpened opened) {
        UsageKind.of(opened.channel()).ifPresent(kind -> {
            LocalDate day = LocalDate.ofInstant(
                    opened.registeredAt(),
                    tenants.byId(opened.tenantId()).map(TenantInfo::timeZone).orElse(ZoneOffset.UTC));
            jdbc.sql("insert into usage_unit (ticket_id, tenant_id, kind, usage_day, counted_at) values (?, ?, ?, ?, ?)"
                            + " on conflict do nothing")
                    .params(
                            opened.ticketId(),
                            opened.tenantId(),
                            kind.name(),
                            Date.valueOf(day),
                            Timestamp.from(opened.registeredAt()))
                    .update();
        });
    }
}

package io.loopdesk.reporting.rollup;

import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.measure.TicketMeasures;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The nightly check (after 03:00 in each tenant's time zone, once a day; at once for a tenant never checked): the rollups are rebuilt from the folded
 * facts and every row that differs is corrected, and the tickets of the last {@code loopdesk.reporting.recheck}
 * (default 31 days) are derived again from their sources, so a change that left no mark (an older version, a fix
 * made in the database) is counted by morning.
 */
@Service
public class ReportReconciliation {

    static final LocalTime AFTER = LocalTime.of(3, 0);

    private final ReportFold fold;
    private final Marks marks;
    private final TicketMeasures tickets;
    private final Tenants tenants;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration recheck;

    ReportReconciliation(
            ReportFold fold,
            Marks marks,
            TicketMeasures tickets,
            Tenants tenants,
            JdbcClient jdbc,
            Clock clock,
            @Value("${loopdesk.reporting.recheck:P31D}") Duration recheck) {
        this.fold = fold;
        this.marks = marks;
        this.tickets = tickets;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.clock = clock;
        this.recheck = recheck;
    }

    /** Checks every tenant whose night has come and that was not checked today. */
    public void runWhereDue() {
        for (TenantInfo tenant : tenants.all()) {
            ZonedDateTime local = clock.instant().atZone(tenant.timeZone());
            LocalDate today = local.toLocalDate();
            Optional<LocalDate> last = jdbc.sql("select reconciled_on from report_state where tenant_id = ?")
                    .param(tenant.id())
                    .query((rs, row) -> rs.getDate(1).toLocalDate())
                    .optional();
            // a tenant never checked (new, or after an upgrade that added a kind of row) is checked at once
            if (last.isPresent()
                    && (local.toLocalTime().isBefore(AFTER) || !last.get().isBefore(today))) {
                continue;
            }
            reconcile(tenant.id());
            if (last.isPresent()) {
                jdbc.sql("update report_state set reconciled_on = ? where tenant_id = ?")
                        .params(Date.valueOf(today), tenant.id())
                        .update();
            } else {
                jdbc.sql("insert into report_state (tenant_id, reconciled_on) values (?, ?)")
                        .params(tenant.id(), Date.valueOf(today))
                        .update();
            }
        }
    }

    /** Checks one tenant now; returns how many rollup rows were corrected. */
    public int reconcile(long tenantId) {
        return TenantScope.inTenant(tenantId, () -> {
            int corrected = fold.reconcile(tenantId);
            marks.markAll(
                    tenantId, tickets.registeredSince(tenantId, clock.instant().minus(recheck)));
            return corrected;
        });
    }
}

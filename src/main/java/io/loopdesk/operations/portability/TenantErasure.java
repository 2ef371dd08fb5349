package io.loopdesk.operations.portability;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ConcurrentChangeRetry;
import io.loopdesk.shared.search.SearchRebuildRequested;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.CheckedFiles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deleting a suspended tenant's data, on the operator's word and after a waiting period: scheduling it is recorded in
 * the tenant's audit trail and can be cancelled until the day (reactivating the tenant cancels it too); on the day a
 * timer deletes every row of every table that holds the tenant's data (children first, history and audit trail
 * included), the tenant itself and its files, in one transaction, and the platform's own trail keeps the record that
 * it was done, by whom and how many rows went.
 */
@Service
public class TenantErasure {

    static final String TIMER = "tenant-erasure";

    private static final String COLUMNS = "tenant_id, tenant_code, requested_by, requested_at, due_at, cancelled_by,"
            + " cancelled_at, erased_at, rows_erased";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Tenants tenants;
    private final Timers timers;
    private final CheckedFiles files;
    private final ErasureProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TenantSchema schema;

    TenantErasure(
            DataSource dataSource,
            TenantSchema schema,
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            Tenants tenants,
            Timers timers,
            CheckedFiles files,
            ErasureProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.tenants = tenants;
        this.timers = timers;
        this.files = files;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** The latest erasure scheduled for the tenant, if any. */
    public Optional<ErasureView> of(long tenantId) {
        return jdbc.sql("select " + COLUMNS + " from tenant_erasure where tenant_id = ?")
                .param(tenantId)
                .query(TenantErasure::view)
                .optional();
    }

    /** How long a scheduled erasure waits. */
    public java.time.Duration waitingPeriod() {
        return properties.waitingPeriod();
    }

    /**
     * Schedules the deletion of the tenant's data after the waiting period.
     *
     * @throws ErasureRefusedException (CONFLICT) unless the tenant is suspended and nothing is scheduled yet,
     *     (NOT_FOUND) if there is no such tenant
     */
    public ErasureView schedule(long tenantId, Actor by) {
        TenantInfo tenant = tenants.byId(tenantId)
                .orElseThrow(() -> new ErasureRefusedException(
                        DomainException.Kind.NOT_FOUND, "erasure.unknown", "There is no such tenant."));
        if (!tenant.suspended()) {
            throw new ErasureRefusedException(
                    DomainException.Kind.CONFLICT,
                    "erasure.active",
                    "Only a suspended tenant's data can be deleted: suspend it first.");
        }
        if (of(tenantId).filter(ErasureView::pending).isPresent()) {
            throw new ErasureRefusedException(
                    DomainException.Kind.CONFLICT, "erasure.scheduled", "The deletion is already scheduled.");
        }
        Instant now = clock.instant();
        Instant due = now.plus(properties.waitingPeriod());
        transactions.executeWithoutResult(status -> {
            jdbc.sql("delete from tenant_erasure where tenant_id = ?")
                    .param(tenantId)
                    .update();
            jdbc.sql("insert into tenant_erasure (tenant_id, tenant_code, requested_by, requested_at, due_at)"
                            + " values (?, ?, ?, ?, ?)")
                    .params(tenantId, tenant.code(), by.name(), utc(now), utc(due))
                    .update();
            timers.schedule(TIMER, String.valueOf(tenantId), due);
            events.publishEvent(new Audited(
                    tenantId, "tenant.erasure.scheduled", tenant.code(), null, Map.of("due", due.toString())));
        });
        return of(tenantId).orElseThrow();
    }

    /** Cancels a scheduled erasure; nothing happens if none is waiting. */
    public void cancel(long tenantId, Actor by) {
        transactions.executeWithoutResult(status -> {
            int cancelled = jdbc.sql("update tenant_erasure set cancelled_by = ?, cancelled_at = ? where tenant_id = ?"
                            + " and cancelled_at is null and erased_at is null")
                    .params(by.name(), utc(clock.instant()), tenantId)
                    .update();
            if (cancelled > 0) {
                timers.cancel(TIMER, String.valueOf(tenantId));
                events.publishEvent(Audited.of(tenantId, "tenant.erasure.cancelled", String.valueOf(tenantId)));
            }
        });
    }

    /**
     * The timer's work: erases the tenant if its erasure is still waiting and due and the tenant is still suspended;
     * a tenant reactivated meanwhile keeps everything and the erasure is cancelled.
     */
    void eraseIfDue(long tenantId) {
        Optional<ErasureView> erasure = of(tenantId).filter(ErasureView::pending);
        if (erasure.isEmpty() || clock.instant().isBefore(erasure.get().dueAt())) {
            return;
        }
        boolean suspended = tenants.byId(tenantId).map(TenantInfo::suspended).orElse(false);
        if (!suspended) {
            cancel(tenantId, Actor.system(tenantId));
            return;
        }
        // a change of the tenant's under way when the erasure began (a timer of one of its tickets) can commit a row
        // after its table was emptied: the whole erasure rolls back and is tried again
        Map<String, Long> rows = ConcurrentChangeRetry.run(() -> erase(tenantId));
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        events.publishEvent(new Audited(
                TenantScope.ALL_TENANTS,
                "tenant.erased",
                erasure.get().tenantCode(),
                null,
                Map.of("requestedBy", erasure.get().requestedBy(), "rows", total)));
        events.publishEvent(new SearchRebuildRequested(tenantId));
    }

    private Map<String, Long> erase(long tenantId) {
        List<TenantTables.Table> childrenFirst = new ArrayList<>(schema.tables().inOrder());
        java.util.Collections.reverse(childrenFirst);
        return transactions.execute(status -> {
            // a change that commits meanwhile (a timer of the tenant's) must not add a row after its table was
            // emptied: on PostgreSQL its reference to the locked tenant row waits for this transaction and then fails
            jdbc.sql("select id from tenant where id = ? for update")
                    .param(tenantId)
                    .query()
                    .listOfRows();
            markErasing(true);
            List<String> keys = new ArrayList<>();
            Map<String, Long> rows = new LinkedHashMap<>();
            // emptied until a pass finds nothing, for what committed between the passes where nothing waits for the
            // lock (H2)
            for (int pass = 0; pass < 5; pass++) {
                long deleted = 0;
                for (TenantTables.Table table : childrenFirst) {
                    if (table.name().equals("tenant")) {
                        continue;
                    }
                    String where = TenantExport.belongs(table).replace(":tenant", "?");
                    table.fileKeyColumn()
                            .ifPresent(key -> keys.addAll(
                                    jdbc.sql("select " + key + " from " + table.name() + " t where " + where)
                                            .param(tenantId)
                                            .query(String.class)
                                            .list()));
                    long gone = jdbc.sql("delete from " + table.name() + " t where " + where)
                            .param(tenantId)
                            .update();
                    rows.merge(table.name(), gone, Long::sum);
                    deleted += gone;
                }
                if (deleted == 0) {
                    break;
                }
            }
            markErasing(false);
            tenants.remove(tenantId);
            jdbc.sql("update tenant_erasure set erased_at = ?, rows_erased = ? where tenant_id = ?")
                    .params(
                            utc(clock.instant()),
                            rows.values().stream().mapToLong(Long::longValue).sum(),
                            tenantId)
                    .update();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keys.forEach(files::discard);
                }
            });
            return rows;
        });
    }

    /** Lets this transaction delete from the append-only tables (see the V10_30 migration and AppendOnlyTrigger). */
    private void markErasing(boolean on) {
        if (schema.postgres()) {
            jdbc.sql("select set_config('loopdesk.erasing', ?, true)")
                    .param(on ? "on" : "off")
                    .query()
                    .listOfRows();
        } else {
            jdbc.sql(on ? "set @loopdesk_erasing = 'on'" : "set @loopdesk_erasing = null")
                    .update();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ErasureView view(ResultSet rs, int row) throws SQLException {
        return new ErasureView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(),
                rs.getObject(5, OffsetDateTime.class).toInstant(),
                rs.getString(6),
                instant(rs, 7),
                instant(rs, 8),
                rs.getObject(9) == null ? null : rs.getLong(9));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}

package io.loopdesk.audit;

import io.loopdesk.shared.TenantScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the trail: a page of records, an export, and the verification of a chain. Tenant admins read their tenant's
 * trail and operators every trail; which one follows from {@link TenantScope}, as for every other read.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private static final String COLUMNS = "id, tenant_id, chain_seq, occurred_at, actor_id, actor_name, address,"
            + " action, subject, before_value, after_value, previous_hash, hash";

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest records matching {@code filter}, older than {@code beforeId} if given, at most {@code limit}. */
    public List<AuditEntry> page(AuditFilter filter, @Nullable Long beforeId, int limit) {
        Query query = where(filter);
        if (beforeId != null) {
            query.and("id < ?", beforeId);
        }
        return jdbc.sql("select " + COLUMNS + " from audit_record" + query.sql() + " order by id desc limit "
                        + Math.clamp(limit, 1, 500))
                .params(query.params())
                .query(AuditLog::entry)
                .list();
    }

    /** Every record matching {@code filter}, oldest first, one at a time (a trail may hold millions). */
    public void export(AuditFilter filter, Consumer<AuditEntry> each) {
        Query query = where(filter);
        try (Stream<AuditEntry> entries = jdbc
                .sql("select " + COLUMNS + " from audit_record" + query.sql() + " order by id")
                .params(query.params())
                .withFetchSize(1000)
                .query(AuditLog::entry)
                .stream()) {
            entries.forEach(each);
        }
    }

    /**
     * Recomputes {@code tenantId}'s chain from its first record and reports the first link that does not hold: a
     * record changed, removed or rewritten, or the newest ones cut off.
     */
    public ChainCheck verify(long tenantId) {
        if (!TenantScope.isAllTenants() && TenantScope.current() != tenantId) {
            return new ChainCheck(tenantId, 0, null);
        }
        long[] records = {0};
        ChainCheck.BrokenLink[] broken = {null};
        String[] previous = {ChainHash.GENESIS};
        try (Stream<AuditEntry> entries = jdbc
                .sql("select " + COLUMNS + " from audit_record where tenant_id = ? order by chain_seq")
                .param(tenantId)
                .withFetchSize(1000)
                .query(AuditLog::entry)
                .stream()) {
            entries.takeWhile(e -> broken[0] == null).forEach(entry -> {
                records[0]++;
                if (entry.sequence() != records[0]) {
                    broken[0] = new ChainCheck.BrokenLink(entry.id(), entry.sequence(), ChainCheck.Reason.REMOVED);
                } else if (!entry.previousHash().equals(previous[0])) {
                    broken[0] = new ChainCheck.BrokenLink(entry.id(), entry.sequence(), ChainCheck.Reason.RELINKED);
                } else if (!entry.intact()) {
                    broken[0] = new ChainCheck.BrokenLink(entry.id(), entry.sequence(), ChainCheck.Reason.CHANGED);
                }
                previous[0] = entry.hash();
            });
        }
        if (broken[0] == null) {
            long head = jdbc.sql("select coalesce(max(last_seq), 0) from audit_chain where tenant_id = ?")
                    .param(tenantId)
                    .query(Long.class)
                    .single();
            if (head > records[0]) {
                broken[0] = new ChainCheck.BrokenLink(0, records[0] + 1, ChainCheck.Reason.TRUNCATED);
            }
        }
        return new ChainCheck(tenantId, records[0], broken[0]);
    }

    /**
     * Verifies the trails the caller may see: their tenant's; for operators every trail, or {@code tenantId}'s when
     * given.
     */
    public List<ChainCheck> verifyTrails(@Nullable Long tenantId) {
        List<Long> trails = TenantScope.isAllTenants() && tenantId != null ? List.of(tenantId) : trails();
        return trails.stream().map(this::verify).toList();
    }

    /** The tenants whose trails the caller may verify: their own, or every trail for operators. */
    public List<Long> trails() {
        if (TenantScope.isAllTenants()) {
            return jdbc.sql("select tenant_id from audit_chain order by tenant_id")
                    .query(Long.class)
                    .list();
        }
        return List.of(TenantScope.current());
    }

    private static Query where(AuditFilter filter) {
        Query query = new Query();
        if (!TenantScope.isAllTenants()) {
            query.and("tenant_id = ?", TenantScope.current());
        } else if (filter.tenantId() != null) {
            query.and("tenant_id = ?", filter.tenantId());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            query.and(
                    "(action = ? or action like ?)",
                    filter.action().strip(),
                    filter.action().strip() + ".%");
        }
        if (filter.who() != null && !filter.who().isBlank()) {
            query.and("lower(actor_name) like ?", "%" + filter.who().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (filter.from() != null) {
            query.and("occurred_at >= ?", filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            query.and("occurred_at < ?", filter.to().atOffset(ZoneOffset.UTC));
        }
        return query;
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getObject(4, java.time.OffsetDateTime.class).toInstant(),
                rs.getObject(5, Long.class),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13));
    }

    /** A where clause built from the filter's parts, with its parameters in order. */
    private static final class Query {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void and(String condition, Object... values) {
            conditions.add(condition);
            params.addAll(List.of(values));
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        List<Object> params() {
            return params;
        }
    }
}

package io.loopdesk.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends records to a tenant's trail. The chain's head row is locked while a record is appended, so the records of
 * one tenant are chained in one order even when several nodes append at once; an append joins the transaction of
 * the change it records (the two commit or roll back together) and opens its own when there is none (a failed
 * sign-in).
 */
@Component
class AuditChain {

    /** Who did something and from where, as the trail names them. */
    record Who(
            @Nullable Long actorId,
            String actorName,
            @Nullable String address) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuditChain(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    AuditEntry append(
            long tenantId, Who who, String action, String subject, @Nullable String before, @Nullable String after) {
        return transactions.execute(status -> {
            jdbc.sql("insert into audit_chain (tenant_id, last_seq, last_hash) values (?, 0, ?) on conflict do nothing")
                    .params(tenantId, ChainHash.GENESIS)
                    .update();
            Head head = jdbc.sql("select last_seq, last_hash from audit_chain where tenant_id = ? for update")
                    .param(tenantId)
                    .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                    .single();
            long id = jdbc.sql("select nextval('audit_record_seq')")
                    .query(Long.class)
                    .single();
            AuditEntry unsealed = new AuditEntry(
                    id,
                    tenantId,
                    head.sequence() + 1,
                    clock.instant().truncatedTo(ChronoUnit.MICROS),
                    who.actorId(),
                    clip(who.actorName(), 200),
                    who.address(),
                    action,
                    clip(subject, 300),
                    before,
                    after,
                    head.hash(),
                    "");
            AuditEntry entry = unsealed.sealed();
            jdbc.sql("insert into audit_record (id, tenant_id, chain_seq, occurred_at, actor_id, actor_name, address,"
                            + " action, subject, before_value, after_value, previous_hash, hash)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            entry.id(),
                            entry.tenantId(),
                            entry.sequence(),
                            entry.occurredAt().atOffset(ZoneOffset.UTC),
                            entry.actorId(),
                            entry.actorName(),
                            entry.address(),
                            entry.action(),
                            entry.subject(),
                            entry.before(),
                            entry.after(),
                            entry.previousHash(),
                            entry.hash())
                    .update();
            jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where tenant_id = ?")
                    .params(entry.sequence(), entry.hash(), tenantId)
                    .update();
            return entry;
        });
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    private record Head(long sequence, String hash) {}
}

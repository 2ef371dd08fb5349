package io.loopdesk.audit;

import io.loopdesk.shared.Audited;
import io.loopdesk.shared.TenantScope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes the trail as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese), with
 * each record's hashes, so the export can be verified elsewhere. Each export is itself a record of the trail.
 */
@Component
public class AuditExports {

    private static final String HEADER = "id,tenant,sequence,occurred_at,actor_id,actor,address,action,subject,before,"
            + "after,previous_hash,hash\r\n";

    private final AuditLog log;
    private final ApplicationEventPublisher events;

    AuditExports(AuditLog log, ApplicationEventPublisher events) {
        this.log = log;
        this.events = events;
    }

    /** Writes the records {@code filter} matches to {@code out}, and records that they were exported. */
    public void csv(AuditFilter filter, Writer out) {
        long tenant = TenantScope.isAllTenants() ? TenantScope.ALL_TENANTS : TenantScope.current();
        events.publishEvent(Audited.of(tenant, "audit.exported", describe(filter)));
        try {
            out.write('\uFEFF');
            out.write(HEADER);
            log.export(filter, entry -> {
                try {
                    out.write(row(entry));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(AuditEntry e) {
        return String.join(
                        ",",
                        Long.toString(e.id()),
                        Long.toString(e.tenantId()),
                        Long.toString(e.sequence()),
                        DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()),
                        e.actorId() == null ? "" : e.actorId().toString(),
                        field(e.actorName()),
                        field(e.address()),
                        field(e.action()),
                        field(e.subject()),
                        field(e.before()),
                        field(e.after()),
                        e.previousHash(),
                        e.hash())
                + "\r\n";
    }

    /** A CSV field: quoted when it holds a separator, a quote or a line break; a leading = + - @ is defused. */
    static String field(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String describe(AuditFilter filter) {
        StringBuilder what = new StringBuilder("CSV");
        if (filter.tenantId() != null) {
            what.append(" tenant=").append(filter.tenantId());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            what.append(" action=").append(filter.action());
        }
        if (filter.who() != null && !filter.who().isBlank()) {
            what.append(" who=").append(filter.who());
        }
        if (filter.from() != null) {
            what.append(" from=").append(filter.from());
        }
        if (filter.to() != null) {
            what.append(" to=").append(filter.to());
        }
        return what.toString();
    }
}

package io.loopdesk.ticket.custom;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.ticket.TicketForbiddenException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a tenant's field over the tickets registered in a period, for supervisors' reports: refunds paid and their
 * total, tickets by violation grade, how often a checkbox was ticked.
 */
@Service
public class FieldReport {

    private final CustomFieldRepository fields;
    private final JdbcClient jdbc;

    FieldReport(CustomFieldRepository fields, JdbcClient jdbc) {
        this.fields = fields;
        this.jdbc = jdbc;
    }

    /**
     * The field {@code key} over the tickets registered from {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @throws io.loopdesk.ticket.TicketValidationException if the tenant has no such field
     */
    @Transactional(readOnly = true)
    public FieldSummary of(String key, Instant from, Instant to, Actor actor) {
        if (!actor.hasAny(Role.SUPERVISORS) && !actor.has(Role.QA)) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.fieldReport", "Reports on ticket fields are for supervisors and QA.");
        }
        CustomField field = fields.findByKey(key).orElseThrow(() -> CustomFields.unknown(key));
        long tenant = actor.tenantId();
        long tickets = jdbc.sql(
                        "select count(*) from ticket where tenant_id = ? and registered_at >= ? and registered_at < ?")
                .params(tenant, Timestamp.from(from), Timestamp.from(to))
                .query(Long.class)
                .single();
        String inPeriod = " from ticket_custom_value v join ticket t on t.id = v.ticket_id"
                + " where v.tenant_id = :tenant and v.field_id = :field"
                + " and t.registered_at >= :from and t.registered_at < :to";
        JdbcClient.StatementSpec filledQuery = jdbc.sql("select count(distinct v.ticket_id)" + inPeriod);
        long filled =
                bind(filledQuery, tenant, field, from, to).query(Long.class).single();
        List<FieldSummary.ValueCount> values = List.of();
        if (field.type().hasOptions() || field.type() == FieldType.CHECKBOX) {
            values = bind(
                            jdbc.sql("select v.text_value, count(*) as n" + inPeriod
                                    + " group by v.text_value order by n desc, v.text_value"),
                            tenant,
                            field,
                            from,
                            to)
                    .query((rs, row) -> new FieldSummary.ValueCount(rs.getString(1), rs.getLong(2)))
                    .list();
        }
        BigDecimal sum = null;
        BigDecimal average = null;
        if (field.type() == FieldType.NUMBER || field.type() == FieldType.MONEY) {
            sum = bind(jdbc.sql("select coalesce(sum(v.number_value), 0)" + inPeriod), tenant, field, from, to)
                    .query(BigDecimal.class)
                    .single()
                    .setScale(2, RoundingMode.HALF_UP);
            average = filled == 0 ? null : sum.divide(BigDecimal.valueOf(filled), 2, RoundingMode.HALF_UP);
        }
        return new FieldSummary(field.view(), tickets, filled, values, sum, average);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec statement, long tenant, CustomField field, Instant from, Instant to) {
        return statement
                .param("tenant", tenant)
                .param("field", field.id())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to));
    }
}

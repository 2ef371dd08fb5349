package io.loopdesk.automation;

import io.loopdesk.shared.Phrase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of firings, which also keeps a rule to once per ticket and event: the first node to write a firing
 * wins, a second one (a redelivered event, the same timer on another node) finds it written and does nothing.
 */
@Component
class Firings {

    private final JdbcClient jdbc;

    Firings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the firing, in the caller's transaction; {@code false} when this rule already fired on this event. */
    boolean claim(long tenantId, long ruleId, long ticketId, String number, String eventKey, Instant at) {
        return jdbc.sql("insert into automation_firing (id, tenant_id, rule_id, ticket_id, ticket_number, event_key,"
                                + " outcome, fired_at) values (nextval('automation_firing_seq'), ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict do nothing")
                        .params(
                                tenantId,
                                ruleId,
                                ticketId,
                                number,
                                eventKey,
                                FiringOutcome.FIRED.name(),
                                Timestamp.from(at))
                        .update()
                == 1;
    }

    /** Records how a claimed firing ended when it did not fire. */
    void end(long ruleId, long ticketId, String eventKey, FiringOutcome outcome, @Nullable Phrase reason) {
        jdbc.sql(
                        "update automation_firing set outcome = ?, reason = ? where rule_id = ? and ticket_id = ? and event_key = ?")
                .params(outcome.name(), reason == null ? null : reason.toJson(), ruleId, ticketId, eventKey)
                .update();
    }

    /** How often the rule ended each way on the ticket since {@code since}. */
    Map<FiringOutcome, Long> recent(long ruleId, long ticketId, Instant since) {
        return jdbc
                .sql("select outcome, count(*) from automation_firing where rule_id = ? and ticket_id = ?"
                        + " and fired_at >= ? group by outcome")
                .params(ruleId, ticketId, Timestamp.from(since))
                .query((rs, row) -> Map.entry(FiringOutcome.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Which of these tickets the rule already fired on for the given event keys (ticket id to key). */
    List<Long> firedOn(long ruleId, Map<Long, String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("select ticket_id, event_key from automation_firing where rule_id = :rule and ticket_id in (:ids)")
                .param("rule", ruleId)
                .param("ids", keys.keySet())
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .filter(e -> e.getValue().equals(keys.get(e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The tenant's latest firings, newest first: of one rule, or of all of them. */
    List<FiringView> latest(long tenantId, @Nullable Long ruleId, int limit) {
        return jdbc.sql(
                        "select f.rule_id, r.name, f.ticket_number, f.outcome, f.reason, f.fired_at from automation_firing f"
                                + " join automation_rule r on r.id = f.rule_id where f.tenant_id = :tenant"
                                + (ruleId == null ? "" : " and f.rule_id = :rule")
                                + " order by f.fired_at desc, f.id desc limit :limit")
                .param("tenant", tenantId)
                .param("rule", ruleId)
                .param("limit", limit)
                .query((rs, row) -> new FiringView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        FiringOutcome.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : Phrase.fromJson(rs.getString(5)),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Per rule of the tenant, its firings since {@code since}, each way they ended. */
    Map<Long, Map<FiringOutcome, Long>> counts(long tenantId, Instant since) {
        return jdbc
                .sql("select rule_id, outcome, count(*) from automation_firing where tenant_id = ? and fired_at >= ?"
                        + " group by rule_id, outcome")
                .params(tenantId, Timestamp.from(since))
                .query((rs, row) -> new Object[] {rs.getLong(1), FiringOutcome.valueOf(rs.getString(2)), rs.getLong(3)})
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0], Collectors.toMap(r -> (FiringOutcome) r[1], r -> (Long) r[2])));
    }
}

package io.loopdesk.ticket.bulk;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tickets of bulk actions, one row each. A row is claimed by the update that finishes it, in the transaction of
 * the ticket's change, so two nodes working one action never change a ticket twice. Read only for actions already
 * found in the reader's tenant.
 */
@Component
class BulkItems {

    /** One ticket of an action, by its place in the action's order. */
    record Item(int position, String number) {}

    /** A ticket the action left as it was, with why (a phrase as JSON). */
    record Refusal(String number, String reason) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BulkItems(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void add(long actionId, List<String> numbers) {
        List<Object[]> rows = new java.util.ArrayList<>(numbers.size());
        for (int i = 0; i < numbers.size(); i++) {
            rows.add(new Object[] {actionId, i, numbers.get(i)});
        }
        batch.batchUpdate(
                "insert into bulk_action_item (action_id, position, ticket_number, outcome) values (?, ?, ?, 'PENDING')",
                rows);
    }

    List<Item> pending(long actionId, int limit) {
        return jdbc.sql(
                        "select position, ticket_number from bulk_action_item where action_id = ? and outcome = 'PENDING'"
                                + " order by position fetch first " + limit + " rows only")
                .param(actionId)
                .query((rs, row) -> new Item(rs.getInt(1), rs.getString(2)))
                .list();
    }

    /** Finishes a pending item; {@code false} if it was finished already (by another node). */
    boolean finish(long actionId, int position, ItemOutcome outcome, @Nullable String reason) {
        return jdbc.sql("update bulk_action_item set outcome = ?, reason = ?"
                                + " where action_id = ? and position = ? and outcome = 'PENDING'")
                        .params(outcome.name(), reason, actionId, position)
                        .update()
                == 1;
    }

    /** Counts the finished items into the action, and marks it done once none is pending. */
    boolean tally(long actionId, java.time.Instant now) {
        jdbc.sql("""
                        update bulk_action set
                          succeeded = (select count(*) from bulk_action_item i where i.action_id = ? and i.outcome = 'DONE'),
                          refused = (select count(*) from bulk_action_item i where i.action_id = ? and i.outcome = 'REFUSED')
                        where id = ?""").params(actionId, actionId, actionId).update();
        boolean left = jdbc.sql("select count(*) from bulk_action_item where action_id = ? and outcome = 'PENDING'")
                        .param(actionId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!left) {
            jdbc.sql("update bulk_action set state = 'DONE', finished_at = ? where id = ? and state = 'RUNNING'")
                    .params(java.sql.Timestamp.from(now), actionId)
                    .update();
        }
        return left;
    }

    List<Refusal> refusals(long actionId, int limit) {
        return jdbc.sql("select ticket_number, reason from bulk_action_item where action_id = ? and outcome = 'REFUSED'"
                        + " order by position fetch first " + limit + " rows only")
                .param(actionId)
                .query((rs, row) -> new Refusal(rs.getString(1), rs.getString(2)))
                .list();
    }
}

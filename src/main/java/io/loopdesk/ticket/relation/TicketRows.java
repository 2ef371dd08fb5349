package io.loopdesk.ticket.relation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows a merge or a split reads and moves, in the ticket module's own tables: a ticket's customer as stored, and
 * a conversation moved from one ticket to another with its files and the secrets found in it.
 */
@Component
class TicketRows {

    private final JdbcClient jdbc;

    TicketRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TicketCustomer customer(long ticketId) {
        return jdbc.sql("""
                        select id, tenant_id, number, channel, requester_id, customer_name, contact_person, contact,
                               phone, external_user_id, product
                        from ticket where id = ?""")
                .param(ticketId)
                .query((rs, row) -> new TicketCustomer(
                        rs.getLong("id"),
                        rs.getLong("tenant_id"),
                        rs.getString("number"),
                        rs.getString("channel"),
                        (Long) rs.getObject("requester_id", Long.class),
                        rs.getString("customer_name"),
                        rs.getString("contact_person"),
                        rs.getString("contact"),
                        rs.getString("phone"),
                        rs.getString("external_user_id"),
                        rs.getString("product")))
                .single();
    }

    /** The ticket's title and description as stored (secrets in them already masked). */
    Optional<String[]> titleAndDescription(long ticketId) {
        return jdbc.sql("select title, description from ticket where id = ?")
                .param(ticketId)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
    }

    /**
     * Moves every message of {@code sourceId}, the files attached to the ticket or its messages, and the secrets
     * found in its messages to {@code targetId}.
     *
     * @return the ids of the messages moved
     */
    List<Long> moveConversation(long sourceId, long targetId) {
        List<Long> moved = jdbc.sql("select id from ticket_message where ticket_id = ? order by id")
                .param(sourceId)
                .query(Long.class)
                .list();
        jdbc.sql("update ticket_message set ticket_id = ? where ticket_id = ?")
                .params(targetId, sourceId)
                .update();
        jdbc.sql("update ticket_attachment set ticket_id = ? where ticket_id = ?")
                .params(targetId, sourceId)
                .update();
        // those found in the description stay with it on the source, which keeps its description
        jdbc.sql("update ticket_secret set ticket_id = ? where ticket_id = ? and message_id is not null")
                .params(targetId, sourceId)
                .update();
        return moved;
    }

    /** Moves the files of one message to a ticket split off from it, where they belong to the ticket itself. */
    int moveFilesOfMessage(long messageId, long targetId) {
        return jdbc.sql("update ticket_attachment set ticket_id = ?, message_id = null where message_id = ?")
                .params(targetId, messageId)
                .update();
    }
}

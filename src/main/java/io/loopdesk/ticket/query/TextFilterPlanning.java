package io.loopdesk.ticket.query;

import io.loopdesk.shared.jdbc.DatabaseProduct;
import io.loopdesk.ticket.TicketQuery;
import jakarta.persistence.EntityManager;
import java.sql.Statement;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * Has PostgreSQL plan a text-filtered ticket read well. Two things the planner cannot know:
 *
 * <ul>
 *   <li>The contact look-up ({@code contains} on the contact fields) should use the trigram index for a phrase few
 *       tickets contain and must not for a common one (its newest matches come first). Only the phrase tells which,
 *       but a statement run often on one connection gets a generic plan, made without the phrase and kept for every
 *       phrase: measured at a million tickets, after a thousand reads for a common word a phrase in no ticket took
 *       0.5 s instead of 0.5 ms. So each such read is planned for its own phrase.
 *   <li>The list itself is then a few thousand known ids. Given an order and a limit, the planner walks the order's
 *       index and skips every ticket not among them, betting they are spread evenly; they are not (the newest
 *       matches, or a customer's), and a list in the other order walked a million rows for 51 (0.9 s, where fetching
 *       the ids and sorting them takes 25 ms). So for that read it fetches the ids and sorts them.
 * </ul>
 */
@Component
public class TextFilterPlanning {

    private final EntityManager entityManager;
    private final boolean postgresql;

    TextFilterPlanning(EntityManager entityManager, DatabaseProduct database) {
        this.entityManager = entityManager;
        this.postgresql = database.postgresql();
    }

    /**
     * Runs {@code read}, a read of the tickets among a bounded set of ids in some order, fetching them by id and
     * sorting them rather than walking an index in that order.
     */
    public <T> T byIds(Supplier<T> read) {
        if (!postgresql) {
            return read.get();
        }
        set("set local enable_indexscan = off; set local enable_indexonlyscan = off");
        try {
            return read.get();
        } finally {
            set("set local enable_indexscan = on; set local enable_indexonlyscan = on");
        }
    }

    private void set(String setting) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(setting);
            }
        });
    }

    /** For the rest of the current transaction, if {@code query} filters by text. */
    public void planEachTime(TicketQuery query) {
        if (postgresql && query.filtersByText()) {
            set("set local plan_cache_mode = force_custom_plan");
        }
    }
}

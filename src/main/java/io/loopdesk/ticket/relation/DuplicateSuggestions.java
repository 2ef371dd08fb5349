package io.loopdesk.ticket.relation;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.value.TicketStatus;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The same customer's other open tickets of the last {@link #WINDOW}, most alike first, for the ticket page to offer
 * as duplicates to merge (seed 003: the same question asked three times). Similarity is the Dice overlap of the
 * character pairs of title and opening words: no word segmentation needed, and typing differences cost little.
 */
@Service
public class DuplicateSuggestions {

    static final Duration WINDOW = Duration.ofDays(30);
    private static final int SHOWN = 5;
    static final double MIN_SIMILARITY = 0.2;
    private static final int READ = 50;
    private static final int TEXT = 300;

    private final TicketQueries queries;
    private final TicketRows rows;
    private final JdbcClient jdbc;
    private final Clock clock;

    DuplicateSuggestions(TicketQueries queries, TicketRows rows, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.rows = rows;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Up to five open tickets of the customer of {@code number} that may be duplicates of it (at least
     * {@value #MIN_SIMILARITY} alike), most alike first.
     */
    @Transactional(readOnly = true)
    public List<DuplicateSuggestion> of(String number, Actor actor) {
        TicketRelations.requireStaff(actor);
        long ticketId = queries.idOf(number, actor);
        TicketCustomer customer = rows.customer(ticketId);
        String[] own = rows.titleAndDescription(ticketId).orElseThrow();
        Map<String, Integer> pairs = pairs(own[0] + " " + head(own[1]));
        // an account's tickets are found by its index; a customer without one by their contact points
        String who = customer.requesterId() != null
                ? "requester_id = :requester"
                : "(lower(contact) = :contact or phone = :phone or external_user_id = :user)";
        return jdbc
                .sql("select number, title, substr(description, 1, " + TEXT + ") as opening, status, registered_at"
                        + " from ticket where tenant_id = :tenant and id <> :id and merged_into is null"
                        + " and status <> 'CLOSED' and registered_at >= :since and " + who
                        + " order by registered_at desc fetch first " + READ + " rows only")
                .param("tenant", customer.tenantId())
                .param("id", ticketId)
                .param("since", Timestamp.from(clock.instant().minus(WINDOW)))
                .param("requester", customer.requesterId())
                .param(
                        "contact",
                        customer.contact() == null
                                ? "\u0000"
                                : customer.contact().strip().toLowerCase(Locale.ROOT))
                .param("phone", customer.phone() == null ? "\u0000" : customer.phone())
                .param("user", customer.externalUserId() == null ? "\u0000" : customer.externalUserId())
                .query((rs, row) -> new DuplicateSuggestion(
                        rs.getString("number"),
                        rs.getString("title"),
                        TicketStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("registered_at").toInstant(),
                        dice(pairs, pairs(rs.getString("title") + " " + rs.getString("opening")))))
                .list()
                .stream()
                // below this they share a few words at most; the page lists all the customer's tickets anyway
                .filter(suggestion -> suggestion.similarity() >= MIN_SIMILARITY)
                .sorted(Comparator.comparingDouble(DuplicateSuggestion::similarity)
                        .reversed()
                        .thenComparing(DuplicateSuggestion::registeredAt, Comparator.reverseOrder()))
                .limit(SHOWN)
                .toList();
    }

    private static String head(String text) {
        return text.length() > TEXT ? text.substring(0, TEXT) : text;
    }

    /** The pairs of neighbouring letters or digits, lower case, counted; spaces and punctuation only separate. */
    static Map<String, Integer> pairs(String text) {
        Map<String, Integer> pairs = new HashMap<>();
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int read = text.codePointAt(i);
            i += Character.charCount(read);
            int c = Character.toLowerCase(read);
            if (!Character.isLetterOrDigit(c)) {
                previous = -1;
                continue;
            }
            if (previous >= 0) {
                pairs.merge(
                        new StringBuilder()
                                .appendCodePoint(previous)
                                .appendCodePoint(c)
                                .toString(),
                        1,
                        Integer::sum);
            }
            previous = c;
        }
        return pairs;
    }

    static double dice(Map<String, Integer> one, Map<String, Integer> other) {
        int total = one.values().stream().mapToInt(Integer::intValue).sum()
                + other.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> pair : one.entrySet()) {
            shared += Math.min(pair.getValue(), other.getOrDefault(pair.getKey(), 0));
        }
        return 2.0 * shared / total;
    }
}

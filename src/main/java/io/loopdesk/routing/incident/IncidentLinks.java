package io.loopdesk.routing.incident;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.loopdesk.shared.AfterCommit;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links tickets to an incident once, however many nodes try at the same moment.
 *
 * <p>During a storm every arriving ticket asks to link the up to 200 similar ones of its window, nearly all linked
 * already, and the proposal holds thousands: the links this node has seen committed are remembered, so only the new
 * ones reach the database, and no query has to pick a plan by statistics a burst of inserts has just outdated.
 */
@Component
class IncidentLinks {

    private record Link(long incidentId, String number) {}

    private final JdbcTemplate jdbc;

    /** Links known to be stored; a link another node made is found by the insert that adds nothing. */
    private final Cache<Link, Boolean> stored =
            Caffeine.newBuilder().maximumSize(100_000).build();

    IncidentLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Links those of {@code numbers} not linked yet. */
    void link(long incidentId, Collection<String> numbers) {
        List<Link> unknown = numbers.stream()
                .distinct()
                .sorted() // two transactions linking the same tickets take their locks in one order: no deadlock
                .map(number -> new Link(incidentId, number))
                .filter(link -> stored.getIfPresent(link) == null)
                .toList();
        if (unknown.isEmpty()) {
            return;
        }
        // a transaction linking the same ticket at the same moment waits for the other and then adds nothing: a storm
        // of similar tickets joining one proposal never fails on the primary key (H2 takes this in PostgreSQL mode too)
        jdbc.batchUpdate(
                "insert into incident_ticket (incident_id, ticket_number) values (?, ?) on conflict do nothing",
                unknown.stream()
                        .map(link -> new Object[] {link.incidentId(), link.number()})
                        .toList());
        AfterCommit.inline(() -> unknown.forEach(link -> stored.put(link, Boolean.TRUE)));
    }
}

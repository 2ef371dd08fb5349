package io.loopdesk.routing.incident;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Links a ticket to an incident once, however many nodes try at the same moment. */
@Component
class IncidentLinks {

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    IncidentLinks(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    /** Links those of {@code numbers} not linked yet, in one batch. */
    void link(long incidentId, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return;
        }
        Set<String> linked = new HashSet<>(jdbc.sql("select ticket_number from incident_ticket where incident_id = :id"
                        + " and ticket_number in (:numbers)")
                .param("id", incidentId)
                .param("numbers", numbers)
                .query(String.class)
                .list());
        List<Object[]> missing = numbers.stream()
                .filter(n -> !linked.contains(n))
                .distinct()
                .map(n -> new Object[] {incidentId, n})
                .toList();
        if (!missing.isEmpty()) {
            // a transaction linking the same ticket at the same moment waits for the other and then adds nothing:
            // a storm of similar tickets joining one proposal never fails on the primary key (H2 takes this in
            // PostgreSQL mode too)
            jdbcTemplate.batchUpdate(
                    "insert into incident_ticket (incident_id, ticket_number) values (?, ?) on conflict do nothing",
                    missing);
        }
    }
}

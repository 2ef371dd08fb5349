package io.loopdesk.routing.incident;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Links a ticket to an incident once, however many nodes try at the same moment. */
@Component
class IncidentLinks {

    private final JdbcClient jdbc;

    IncidentLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void link(long incidentId, String number) {
        // a node that loses the race hits the primary key; the caller's retry then finds the link in place
        jdbc.sql("insert into incident_ticket (incident_id, ticket_number) select ?, ? where not exists "
                        + "(select 1 from incident_ticket where incident_id = ? and ticket_number = ?)")
                .params(incidentId, number, incidentId, number)
                .update();
    }
}

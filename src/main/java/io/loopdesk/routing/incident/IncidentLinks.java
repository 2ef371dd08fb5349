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
        // a transaction linking the same ticket at the same moment waits for the other and then adds nothing: a storm
        // of
        // similar tickets joining one proposal never fails on the primary key (H2 takes this in PostgreSQL mode too)
        jdbc.sql("insert into incident_ticket (incident_id, ticket_number) values (?, ?) on conflict do nothing")
                .params(incidentId, number)
                .update();
    }
}

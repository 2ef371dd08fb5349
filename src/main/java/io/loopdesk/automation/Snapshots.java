package io.loopdesk.automation;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.custom.FieldValue;
import io.loopdesk.ticket.custom.TicketFieldValues;
import io.loopdesk.ticket.tag.TicketTags;
import io.loopdesk.ticket.view.TicketView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads tickets as conditions see them, as the system of the tenant whose scope the caller runs in. */
@Component
class Snapshots {

    private final TicketQueries queries;
    private final TicketTags tags;
    private final TicketFieldValues fieldValues;
    private final UserAccounts users;

    Snapshots(TicketQueries queries, TicketTags tags, TicketFieldValues fieldValues, UserAccounts users) {
        this.queries = queries;
        this.tags = tags;
        this.fieldValues = fieldValues;
        this.users = users;
    }

    TicketSnapshot of(String number) {
        Actor system = Actor.system();
        TicketView ticket = queries.get(number, system);
        // the ticket's id, tags, fields and customer are read only if a rule asks, in the caller's transaction
        return new TicketSnapshot(
                ticket,
                () -> queries.idOf(number, system),
                () -> tags.of(number, system),
                () -> fields(number, system),
                () -> ticket.requesterId() == null
                        ? CustomerLevel.STANDARD
                        : users.byId(ticket.requesterId())
                                .map(UserView::customerLevel)
                                .orElse(CustomerLevel.STANDARD));
    }

    private Map<String, List<String>> fields(String number, Actor system) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (FieldValue value : fieldValues.of(number, system)) {
            if (!value.empty()) {
                fields.put(value.field().key(), value.values());
            }
        }
        return fields;
    }
}

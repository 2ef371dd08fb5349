package io.loopdesk.ticket.custom;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.StatusChangeGuard;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A person moves a ticket to a status only once the fields the tenant requires for it have values (a refund amount
 * before a commercial ticket is solved). The customer confirming or reopening, and automatic moves — auto-close on the
 * customer's silence, an incident's resolution — are not held up: the fields are the desk's to fill in.
 */
@Component
class RequiredFieldsGuard implements StatusChangeGuard {

    private final TicketFieldValues values;
    private final TicketQueries queries;

    RequiredFieldsGuard(@Lazy TicketFieldValues values, @Lazy TicketQueries queries) {
        this.values = values;
        this.queries = queries;
    }

    @Override
    public void check(TicketView ticket, TicketStatus target, Actor actor) {
        if (actor.isSystem() || actor.isCustomer()) {
            return;
        }
        List<FieldProblem> missing = values.of(queries.idOf(ticket.number(), actor)).stream()
                .filter(value -> value.field().requiredFor(target) && value.empty())
                .map(value -> new FieldProblem(
                        "fields." + value.field().key(),
                        "ticket.field.required",
                        value.field().label() + " needs a value first.",
                        List.of(value.field().label())))
                .toList();
        if (!missing.isEmpty()) {
            throw new TicketValidationException(missing);
        }
    }
}

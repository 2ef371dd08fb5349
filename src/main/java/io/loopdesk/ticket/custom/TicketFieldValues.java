package io.loopdesk.ticket.custom;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.TicketForbiddenException;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.view.TicketView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values of a tenant's fields on its tickets: read by staff, set by those who handle tickets (each change a line
 * in the ticket's history), checked against the field's type with a message for each field that is wrong. Customers
 * never see them.
 */
@Service
public class TicketFieldValues {

    private final CustomFieldRepository fields;
    private final CustomValueRepository values;
    private final TicketQueries queries;
    private final Tickets tickets;

    TicketFieldValues(
            CustomFieldRepository fields, CustomValueRepository values, TicketQueries queries, Tickets tickets) {
        this.fields = fields;
        this.values = values;
        this.queries = queries;
        this.tickets = tickets;
    }

    /** Every field in use on the tenant's tickets with the ticket's values, in the fields' order. */
    @Transactional(readOnly = true)
    public List<FieldValue> of(String number, Actor actor) {
        CustomFields.requireStaff(actor);
        return of(queries.idOf(number, actor));
    }

    /** The ticket's values by field key, for the system's own checks. */
    List<FieldValue> of(long ticketId) {
        Map<Long, List<String>> byField = new LinkedHashMap<>();
        for (CustomValue value : values.findByTicketIdOrderByIdAsc(ticketId)) {
            byField.computeIfAbsent(value.fieldId(), id -> new ArrayList<>()).add(value.text());
        }
        return fields.findAllByOrderByPositionAscIdAsc().stream()
                .filter(f -> f.active() || byField.containsKey(f.id()))
                .map(f -> new FieldValue(f.view(), byField.getOrDefault(f.id(), List.of())))
                .toList();
    }

    /**
     * Sets the fields named in {@code typed} (key to the values typed; none or blank clears it), each changed one
     * with a line in the history; the others stay.
     *
     * @throws TicketValidationException with a problem for each field unknown or not taking its value (the field is
     *     named {@code fields.<key>}); nothing is changed
     */
    @Transactional
    public List<FieldValue> set(String number, Map<String, List<String>> typed, Actor actor) {
        if (!actor.isSystem() && !actor.hasAny(Role.HANDLERS)) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.fieldValues", "Only members of staff who handle tickets fill in fields.");
        }
        TicketView ticket = queries.get(number, actor);
        long ticketId = queries.idOf(number, actor);
        Map<CustomField, List<FieldType.Stored>> parsed = parse(typed);
        Map<Long, List<String>> before = new LinkedHashMap<>();
        values.findByTicketIdOrderByIdAsc(ticketId)
                .forEach(v -> before.computeIfAbsent(v.fieldId(), id -> new ArrayList<>())
                        .add(v.text()));
        parsed.forEach((field, stored) -> {
            List<String> was = before.getOrDefault(field.id(), List.of());
            List<String> now = stored.stream().map(FieldType.Stored::text).toList();
            if (Objects.equals(was, now)) {
                return;
            }
            values.clear(ticketId, field.id());
            values.flush();
            stored.forEach(s -> values.save(new CustomValue(ticket.tenantId(), ticketId, field, s)));
            tickets.annotate(
                    ticket.number(),
                    "custom-field",
                    field.view().label() + ": " + (now.isEmpty() ? "—" : String.join("、", now)),
                    was.isEmpty() ? null : String.join("、", was),
                    actor);
        });
        return of(ticketId);
    }

    /**
     * The values typed for the tenant's fields, checked.
     *
     * @throws TicketValidationException with a problem for each field that is unknown or does not take its value
     */
    Map<CustomField, List<FieldType.Stored>> parse(Map<String, List<String>> typed) {
        Map<CustomField, List<FieldType.Stored>> parsed = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        typed.forEach((key, given) -> {
            String shownKey = key.length() > 40 ? key.substring(0, 40) : key;
            var field = fields.findByKey(key).filter(CustomField::active);
            if (field.isEmpty()) {
                problems.add(new FieldProblem(
                        "fields." + shownKey,
                        "ticket.field.unknown",
                        "The tenant has no field " + shownKey + ".",
                        List.of(shownKey)));
                return;
            }
            try {
                parsed.put(
                        field.get(),
                        field.get()
                                .type()
                                .parse(
                                        given == null ? List.of() : given,
                                        field.get().options()));
            } catch (FieldType.Refused refused) {
                problems.add(new FieldProblem(
                        "fields." + key,
                        "ticket.field.value." + refused.problem().code(),
                        field.get().view().label() + ": " + refused.problem().message(),
                        List.of(field.get().view().label())));
            }
        });
        if (!problems.isEmpty()) {
            throw new TicketValidationException(problems);
        }
        return parsed;
    }

    /**
     * Checks values for a ticket about to be registered, before it is: a wrong one refuses the registration.
     *
     * @throws TicketValidationException as {@link #set} does
     */
    @Transactional(readOnly = true)
    public void check(Map<String, List<String>> typed, Actor actor) {
        CustomFields.requireStaff(actor);
        parse(typed);
    }
}

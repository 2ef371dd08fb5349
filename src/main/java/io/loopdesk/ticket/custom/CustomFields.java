package io.loopdesk.ticket.custom;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.TicketForbiddenException;
import io.loopdesk.ticket.TicketValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's ticket fields: its admins add them (a key and a type, fixed from then on) and change their label,
 * options, the statuses they are required for and whether the registration form asks for them; a field no longer
 * wanted is retired, its values kept. Everyone who works tickets reads them.
 */
@Service
public class CustomFields {

    /** The most fields a tenant defines. */
    public static final int MAX_FIELDS = 50;

    static final int MAX_OPTIONS = 100;
    static final int MAX_LABEL = 100;

    private final CustomFieldRepository fields;

    CustomFields(CustomFieldRepository fields) {
        this.fields = fields;
    }

    /** The tenant's fields in their order, the retired ones too. */
    @Transactional(readOnly = true)
    public List<CustomFieldView> all(Actor actor) {
        requireStaff(actor);
        return fields.findAllByOrderByPositionAscIdAsc().stream()
                .map(CustomField::view)
                .toList();
    }

    /** The tenant's fields in use, in their order. */
    @Transactional(readOnly = true)
    public List<CustomFieldView> active(Actor actor) {
        return all(actor).stream().filter(CustomFieldView::active).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CustomFieldView> byKey(String key, Actor actor) {
        requireStaff(actor);
        return fields.findByKey(key).map(CustomField::view);
    }

    /**
     * Adds a field to the tenant's tickets.
     *
     * @throws TicketValidationException naming each field of the definition that is wrong; nothing is stored
     */
    @Transactional
    public CustomFieldView add(FieldDefinition definition, Actor actor) {
        requireAdmin(actor);
        List<FieldProblem> problems = new ArrayList<>();
        String key = definition.key() == null ? "" : definition.key().strip().toLowerCase(Locale.ROOT);
        if (!key.matches("[a-z][a-z0-9_]{0,39}")) {
            problems.add(new FieldProblem(
                    "key",
                    "ticket.field.key",
                    "The key is 1 to 40 lower-case letters, digits or underscores, starting with a letter."));
        } else if (fields.findByKey(key).isPresent()) {
            problems.add(new FieldProblem(
                    "key", "ticket.field.keyTaken", "The tenant has a field " + key + " already.", List.of(key)));
        }
        if (definition.type() == null) {
            problems.add(new FieldProblem("type", "ticket.field.type", "Choose what the field holds."));
        }
        if (fields.count() >= MAX_FIELDS) {
            problems.add(new FieldProblem(
                    "key",
                    "ticket.field.tooMany",
                    "A tenant defines at most " + MAX_FIELDS + " fields.",
                    List.of(MAX_FIELDS)));
        }
        problems.addAll(problemsOf(definition, definition.type()));
        if (!problems.isEmpty()) {
            throw new TicketValidationException(problems);
        }
        CustomField field = new CustomField(actor.tenantId(), key, definition.type(), (int) fields.count());
        field.define(definition);
        return fields.save(field).view();
    }

    /**
     * Changes the field's label, options, required statuses, place on the form and whether it is in use.
     *
     * @throws TicketValidationException naming each field of the definition that is wrong, or if there is no such field
     */
    @Transactional
    public CustomFieldView change(String key, FieldDefinition definition, Actor actor) {
        requireAdmin(actor);
        CustomField field = fields.findByKey(key).orElseThrow(() -> unknown(key));
        List<FieldProblem> problems = problemsOf(definition, field.type());
        if (!problems.isEmpty()) {
            throw new TicketValidationException(problems);
        }
        field.define(definition);
        return field.view();
    }

    static TicketValidationException unknown(String key) {
        String shown = key.length() > 40 ? key.substring(0, 40) : key;
        return new TicketValidationException(List.of(new FieldProblem(
                "key", "ticket.field.unknown", "The tenant has no field " + shown + ".", List.of(shown))));
    }

    private static List<FieldProblem> problemsOf(FieldDefinition definition, FieldType type) {
        List<FieldProblem> problems = new ArrayList<>();
        if (definition.label().isEmpty() || definition.label().length() > MAX_LABEL) {
            problems.add(new FieldProblem(
                    "label",
                    "ticket.field.label",
                    "Give the field a label of 1 to " + MAX_LABEL + " characters.",
                    List.of(MAX_LABEL)));
        }
        if (type != null && type.hasOptions()) {
            if (definition.options().isEmpty()
                    || definition.options().size() > MAX_OPTIONS
                    || definition.options().stream().anyMatch(o -> o.length() > 100 || o.contains("\n"))) {
                problems.add(new FieldProblem(
                        "options",
                        "ticket.field.options",
                        "A choice field has 1 to " + MAX_OPTIONS + " options of at most 100 characters, one a line.",
                        List.of(MAX_OPTIONS)));
            }
        } else if (!definition.options().isEmpty()) {
            problems.add(new FieldProblem("options", "ticket.field.noOptions", "Only choice fields have options."));
        }
        return problems;
    }

    static void requireStaff(Actor actor) {
        if (!actor.isSystem() && !actor.worksTickets()) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.fieldsRead", "Ticket fields are the desk's own.");
        }
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.hasAny(java.util.EnumSet.of(Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR))) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.fields", "Only the tenant's admins define ticket fields.");
        }
    }
}

package io.loopdesk.ticket.form;

import io.loopdesk.ticket.TicketField;
import io.loopdesk.ticket.value.ContactPoint;
import java.util.EnumSet;
import java.util.Set;

/**
 * A tenant's rules for registering a ticket. The description is always required; how long it must be, which
 * other fields are required and which kinds of contact are accepted are the tenant's choice.
 *
 * @param minDescriptionLength characters (not bytes: 50 Chinese characters count as 50), 0–5000
 */
public record TicketFormRules(
        int minDescriptionLength, Set<TicketField> requiredFields, Set<ContactPoint.Kind> contactKinds) {

    /** Seed 001's registration form: name, contact person, contact, product and a description of 50+ characters. */
    public static final TicketFormRules DEFAULT = new TicketFormRules(
            50,
            EnumSet.of(
                    TicketField.CUSTOMER_NAME,
                    TicketField.CONTACT_PERSON,
                    TicketField.CONTACT,
                    TicketField.PRODUCT,
                    TicketField.DESCRIPTION),
            EnumSet.allOf(ContactPoint.Kind.class));

    /** For channels that bring feedback as it was written (mail, chat, imports): only a description is needed. */
    public static final TicketFormRules AS_RECEIVED =
            new TicketFormRules(0, EnumSet.of(TicketField.DESCRIPTION), EnumSet.allOf(ContactPoint.Kind.class));

    public TicketFormRules {
        if (minDescriptionLength < 0 || minDescriptionLength > 5000) {
            throw new IllegalArgumentException("The minimum description length must be between 0 and 5000");
        }
        if (contactKinds.isEmpty()) {
            throw new IllegalArgumentException("At least one kind of contact (mobile or e-mail) must be accepted");
        }
        EnumSet<TicketField> required = EnumSet.of(TicketField.DESCRIPTION);
        required.addAll(requiredFields);
        requiredFields = Set.copyOf(required);
        contactKinds = Set.copyOf(contactKinds);
    }

    public boolean requires(TicketField field) {
        return requiredFields.contains(field);
    }
}

package io.loopdesk.ticket.custom;

import java.util.List;

/** A field of a ticket with its values ({@code values}: none yet, one, or the options chosen of a multiple choice). */
public record FieldValue(CustomFieldView field, List<String> values) {

    public FieldValue {
        values = List.copyOf(values);
    }

    public boolean empty() {
        return values.isEmpty();
    }

    /** The values as one text, as lists and history show them. */
    public String shown() {
        return String.join("、", values);
    }
}

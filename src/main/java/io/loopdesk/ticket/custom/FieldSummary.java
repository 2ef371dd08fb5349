package io.loopdesk.ticket.custom;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field over the tickets registered in a period: how many tickets there were, how many have a value, how many
 * have each value (choices and checkboxes), and the sum and average of numbers and amounts.
 */
public record FieldSummary(
        CustomFieldView field,
        long tickets,
        long filled,
        List<ValueCount> values,
        @Nullable BigDecimal sum,
        @Nullable BigDecimal average) {

    public FieldSummary {
        values = List.copyOf(values);
    }

    /** How many tickets have {@code value}. */
    public record ValueCount(String value, long tickets) {}
}

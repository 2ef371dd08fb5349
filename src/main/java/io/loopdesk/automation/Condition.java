package io.loopdesk.automation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One test a ticket must pass.
 *
 * @param key the field's key, for {@link Subject#FIELD} only
 * @param value what the ticket's value is compared with; blank with {@link Operator#IS} means "not set"
 */
public record Condition(Subject subject, @Nullable String key, Operator operator, String value) {

    /** Whether the ticket passes it. */
    public boolean holds(TicketSnapshot ticket) {
        List<String> actual = ticket.values(subject, key);
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return switch (operator) {
            case IS -> is(actual, wanted);
            case IS_NOT -> !is(actual, wanted);
            case CONTAINS -> contains(actual, wanted);
            case NOT_CONTAINS -> !contains(actual, wanted);
            case GREATER_THAN -> compared(actual, wanted, 1);
            case LESS_THAN -> compared(actual, wanted, -1);
        };
    }

    private static boolean is(List<String> actual, String wanted) {
        if (wanted.isEmpty()) {
            return actual.isEmpty();
        }
        return actual.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
    }

    private static boolean contains(List<String> actual, String wanted) {
        return actual.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static boolean compared(List<String> actual, String wanted, int sign) {
        BigDecimal limit = number(wanted);
        if (limit == null) {
            return false;
        }
        return actual.stream()
                .map(Condition::number)
                .anyMatch(n -> n != null && Integer.signum(n.compareTo(limit)) == sign);
    }

    static @Nullable BigDecimal number(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}

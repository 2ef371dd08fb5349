package io.loopdesk.ticket.view;

import io.loopdesk.ticket.value.Satisfaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * What the ticket keeps of the customer's satisfaction rating, so that lists show and filter by it in their one
 * query: the customer's short-form answer and the average of the dimension scores they gave, with one decimal. The
 * scores and the comment stay with the survey module, which owns ratings.
 *
 * @param average 1.0 to 5.0, or {@code null} when the customer answered the short form only
 */
public record RatingSummary(@Nullable BigDecimal average, Satisfaction satisfaction) {

    private static final BigDecimal LOWEST = BigDecimal.ONE;
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(5);

    public RatingSummary {
        if (average != null) {
            if (average.compareTo(LOWEST) < 0 || average.compareTo(HIGHEST) > 0) {
                throw new IllegalArgumentException("A rating's average is between 1 and 5, not " + average);
            }
            average = average.setScale(1, RoundingMode.HALF_UP);
        }
    }
}

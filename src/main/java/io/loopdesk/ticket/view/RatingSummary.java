package io.loopdesk.ticket.view;

import io.loopdesk.ticket.value.Satisfaction;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the ticket keeps of the customer's satisfaction rating, so that lists show and filter by it in their one
 * query: the average score with one decimal and how satisfied it reads. The scores and the comment stay with the
 * survey module, which owns ratings.
 *
 * @param average 1.0 to 5.0
 */
public record RatingSummary(BigDecimal average, Satisfaction satisfaction) {

    private static final BigDecimal LOWEST = BigDecimal.ONE;
    private static final BigDecimal HIGHEST = BigDecimal.valueOf(5);

    public RatingSummary {
        if (average.compareTo(LOWEST) < 0 || average.compareTo(HIGHEST) > 0) {
            throw new IllegalArgumentException("A rating's average is between 1 and 5, not " + average);
        }
        average = average.setScale(1, RoundingMode.HALF_UP);
    }
}

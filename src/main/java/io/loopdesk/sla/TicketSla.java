package io.loopdesk.sla;

import io.loopdesk.sla.clock.BreachView;
import io.loopdesk.sla.clock.ClockView;
import io.loopdesk.sla.complaint.ComplaintView;
import io.loopdesk.sla.policy.PolicyName;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's SLA as the staff ticket page and the API show it.
 *
 * @param policy the policy its targets came from; {@code null} while the SLA module has not tracked it yet
 * @param clocks each target with the time left, in the target's kind of time (negative: overdue or met late)
 * @param complaints the complaint signals detected on it
 */
public record TicketSla(
        String number,
        @Nullable PolicyName policy,
        List<Clock> clocks,
        List<BreachView> breaches,
        List<ComplaintView> complaints) {

    /** One clock and its time left now. */
    public record Clock(ClockView clock, Duration left) {}
}

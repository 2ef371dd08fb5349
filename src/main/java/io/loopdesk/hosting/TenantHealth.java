package io.loopdesk.hosting;

import io.loopdesk.intake.ChannelState;
import io.loopdesk.tenant.HostedChannel;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.List;
import java.util.Map;

/**
 * How a hosted brand's service is doing right now.
 *
 * @param hosted each channel the platform hosts and whether it is set up to take feedback
 * @param channels every mailbox and app key, working or not
 * @param onDuty the names of the brand's people on duty now
 * @param backlog its tickets by status, closed ones left out
 * @param breachesToday SLA targets missed since midnight in its time zone
 */
public record TenantHealth(
        Map<HostedChannel, Boolean> hosted,
        List<ChannelState> channels,
        List<String> onDuty,
        Map<TicketStatus, Long> backlog,
        long breachesToday) {

    /** Tickets that still need work from someone. */
    public long open() {
        return backlog.entrySet().stream()
                .filter(e -> e.getKey().isOpen())
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}

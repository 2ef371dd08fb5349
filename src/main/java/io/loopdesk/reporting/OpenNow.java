package io.loopdesk.reporting;

import io.loopdesk.ticket.value.TicketStatus;
import java.time.LocalDate;
import java.util.Map;

/**
 * The tickets open now under one breakdown value (the whole tenant under "all"), whatever the period: by status, by
 * how long they have waited ({@link OpenAge}), and the day the one waiting longest was registered (tenant's time
 * zone).
 *
 * @param value the breakdown's value ("" for none: no team, no product)
 */
public record OpenNow(
        String value,
        String label,
        long tickets,
        Map<TicketStatus, Long> byStatus,
        Map<OpenAge, Long> byAge,
        LocalDate oldestDay) {}

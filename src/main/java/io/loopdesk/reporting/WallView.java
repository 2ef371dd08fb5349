package io.loopdesk.reporting;

import io.loopdesk.ticket.TicketMeasures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The supervisors' live wall at one moment: arrivals per five minutes today beside the same weekday last week, what is
 * open by status and team, what is due within the hour, who is on duty with how much, and today's figures.
 *
 * @param arrivalsToday per five-minute slot from midnight (tenant's time zone) up to now
 * @param arrivalsLastWeek per five-minute slot of the same weekday a week ago, the whole day
 * @param breachesToday SLA targets missed today, all targets
 * @param surges today's surges, newest first
 */
public record WallView(
        Instant at,
        LocalDate day,
        long[] arrivalsToday,
        long[] arrivalsLastWeek,
        List<Count> openByStatus,
        List<Count> openByTeam,
        List<TicketMeasures.OpenLine> oldest,
        List<TicketMeasures.OpenLine> dueWithinHour,
        List<OnDuty> onDuty,
        Figures today,
        long breachesToday,
        List<SurgeLine> surges) {

    /** A surge (突发) found today: a category or product well above its usual volume, and its incident proposal. */
    public record SurgeLine(
            String kind, String key, long count, double baseline, Instant detectedAt, long incidentId, String reason) {}

    /** How many open tickets one status or team has, and since when its oldest waits. */
    public record Count(
            String value,
            String label,
            long count,
            @Nullable Instant oldest) {}

    /** A person on duty and the open tickets they hold against their cap. */
    public record OnDuty(long userId, String name, int load, int cap) {}
}

package io.loopdesk.reporting;

import io.loopdesk.ticket.measure.TicketMeasures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The supervisors' live wall at one moment: arrivals per five minutes today beside the same weekday last week, what is
 * open by status and team, what is due within the hour, who is on duty with how much, and today's figures.
 *
 * @param arrivalsToday per five-minute slot from midnight (tenant's time zone) up to now
 * @param arrivalsLastWeek per five-minute slot of the same weekday a week ago, the whole day
 * @param dueWithinHour the first {@code LiveWall.LISTED} of the open tickets due for resolution within the hour
 * @param dueWithinHourCount how many are due within the hour, all of them
 * @param breachesToday SLA targets missed today, all targets
 * @param surges today's surges, newest first
 * @param backlogAges the open tickets by status and by how long they have waited, in {@link AgeBand} order
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
        long dueWithinHourCount,
        List<OnDuty> onDuty,
        Figures today,
        long breachesToday,
        List<SurgeLine> surges,
        List<AgeRow> backlogAges) {

    /** How long an open ticket has waited since it was registered. */
    public enum AgeBand {
        UNDER_A_DAY(Duration.ofDays(1)),
        ONE_TO_THREE_DAYS(Duration.ofDays(3)),
        THREE_TO_SEVEN_DAYS(Duration.ofDays(7)),
        ONE_TO_FOUR_WEEKS(Duration.ofDays(30)),
        OVER_FOUR_WEEKS(null);

        private final @Nullable Duration under;

        AgeBand(@Nullable Duration under) {
            this.under = under;
        }

        /** The bands' lower bounds at {@code now}, newest first (the last band has none). */
        static List<Instant> bounds(Instant now) {
            return Arrays.stream(values())
                    .filter(band -> band.under != null)
                    .map(band -> now.minus(band.under))
                    .toList();
        }
    }

    /** One status's open tickets by age band, and all of them. */
    public record AgeRow(String value, String label, List<Long> counts, long total) {}

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

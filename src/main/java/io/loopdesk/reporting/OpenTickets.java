package io.loopdesk.reporting;

import io.loopdesk.reporting.rollup.BacklogStore;
import io.loopdesk.ticket.value.TicketStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The backlog under any breakdown (team, agent, either category level, channel, urgency, product), from the counts
 * the fold keeps by value, status and day of registration: as many rows as values and days, however many tickets are
 * open.
 */
@Component
class OpenTickets {

    private final BacklogStore kept;
    private final ReportLabels labels;

    OpenTickets(BacklogStore kept, ReportLabels labels) {
        this.kept = kept;
        this.labels = labels;
    }

    /**
     * The open tickets by value of {@code dimension} (only {@code value} when given), the longest waiting first;
     * ages counted from {@code today} in the tenant's time zone.
     */
    List<OpenNow> of(long tenantId, Dimension dimension, @Nullable String value, LocalDate today, Locale locale) {
        Map<String, Totals> byValue = new LinkedHashMap<>();
        for (BacklogStore.Kept row : kept.of(tenantId, dimension, OpenAge.boundDays(today), List.of())) {
            if (value == null || value.equals(row.value())) {
                byValue.computeIfAbsent(row.value(), v -> new Totals()).add(row);
            }
        }
        Map<String, String> names = labels.of(tenantId, dimension, byValue.keySet(), locale);
        return byValue.entrySet().stream()
                .map(e -> e.getValue().open(e.getKey(), names.getOrDefault(e.getKey(), e.getKey())))
                .sorted(Comparator.comparing(OpenNow::oldestDay)
                        .thenComparing(
                                Comparator.comparingLong(OpenNow::tickets).reversed())
                        .thenComparing(OpenNow::label))
                .toList();
    }

    private static final class Totals {
        long tickets;
        long oldestDay = Long.MAX_VALUE;
        final Map<TicketStatus, Long> byStatus = new EnumMap<>(TicketStatus.class);
        final long[] byAge = new long[OpenAge.values().length];

        void add(BacklogStore.Kept row) {
            tickets += row.tickets();
            oldestDay = Math.min(oldestDay, row.earliestDay());
            byStatus.merge(TicketStatus.valueOf(row.status()), row.tickets(), Long::sum);
            for (int age = 0; age < byAge.length; age++) {
                byAge[age] += row.bands()[age];
            }
        }

        OpenNow open(String value, String label) {
            Map<OpenAge, Long> ages = new EnumMap<>(OpenAge.class);
            for (OpenAge age : OpenAge.values()) {
                ages.put(age, byAge[age.ordinal()]);
            }
            Map<TicketStatus, Long> statuses = new EnumMap<>(TicketStatus.class);
            for (TicketStatus status : TicketStatus.values()) {
                if (status.isOpen()) {
                    statuses.put(status, byStatus.getOrDefault(status, 0L));
                }
            }
            return new OpenNow(value, label, tickets, statuses, ages, LocalDate.ofEpochDay(oldestDay));
        }
    }
}

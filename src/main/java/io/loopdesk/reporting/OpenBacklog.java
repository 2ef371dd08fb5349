package io.loopdesk.reporting;

import io.loopdesk.reporting.rollup.BacklogStore;
import io.loopdesk.ticket.measure.TicketMeasures;
import io.loopdesk.ticket.measure.TicketMeasures.BacklogLine;
import io.loopdesk.ticket.value.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A tenant's open tickets by status and team and by {@link WallView.AgeBand}, read in time independent of how many
 * are open: the days that lie wholly inside one band come from the counts the fold keeps ({@link BacklogStore});
 * today and the days a band's bound cuts through are counted from the tickets themselves, so an arrival shows at once
 * and every band is exact. A change to an older ticket shows once the fold has run (every few seconds).
 */
@Component
class OpenBacklog {

    private final TicketMeasures tickets;
    private final BacklogStore kept;

    OpenBacklog(TicketMeasures tickets, BacklogStore kept) {
        this.tickets = tickets;
        this.kept = kept;
    }

    /**
     * The open tickets at {@code now}, one line per status and team, ages in {@link WallView.AgeBand} order; {@code
     * zone} is the tenant's, in which the kept counts have their days.
     */
    List<BacklogLine> at(long tenantId, ZoneId zone, Instant now) {
        List<Instant> bounds = WallView.AgeBand.bounds(now);
        List<Long> boundDays = bounds.stream().map(at -> day(at, zone)).toList();
        Set<Long> counted = new LinkedHashSet<>();
        counted.add(day(now, zone));
        counted.addAll(boundDays);

        Map<Group, Line> lines = new HashMap<>();
        for (BacklogLine line : tickets.backlog(tenantId, bounds, spans(counted, zone))) {
            Line merged = lines.computeIfAbsent(group(line), g -> new Line(bounds.size() + 1));
            merged.add(
                    line.count(),
                    line.ages().stream().mapToLong(Long::longValue).toArray());
            merged.oldest = line.oldest();
        }
        Set<Long> oldestDays = new LinkedHashSet<>();
        Map<Group, Long> earliestKept = new HashMap<>();
        for (BacklogStore.Kept row : kept.of(tenantId, Dimension.TEAM, boundDays, counted)) {
            Group group = new Group(
                    TicketStatus.valueOf(row.status()), row.value().isEmpty() ? null : Long.valueOf(row.value()));
            Line merged = lines.computeIfAbsent(group, g -> new Line(bounds.size() + 1));
            merged.add(row.tickets(), row.bands());
            Instant dayStart = start(row.earliestDay(), zone);
            if (merged.oldest == null || dayStart.isBefore(merged.oldest)) {
                earliestKept.put(group, row.earliestDay());
                oldestDays.add(row.earliestDay());
            }
        }
        if (!oldestDays.isEmpty()) {
            // the exact oldest of a group whose oldest ticket is on a kept day: that day's open tickets, read once
            Map<Group, Instant> exact = new HashMap<>();
            for (BacklogLine line : tickets.backlog(tenantId, List.of(), spans(oldestDays, zone))) {
                exact.put(group(line), line.oldest());
            }
            earliestKept.forEach((group, day) -> lines.get(group).oldest = exact.getOrDefault(group, start(day, zone)));
        }

        List<BacklogLine> result = new ArrayList<>(lines.size());
        lines.forEach((group, line) -> result.add(new BacklogLine(
                group.status(),
                group.teamId(),
                line.count,
                line.oldest,
                java.util.Arrays.stream(line.ages).boxed().toList())));
        return result;
    }

    private static List<TicketMeasures.Span> spans(Set<Long> days, ZoneId zone) {
        return days.stream()
                .map(day -> new TicketMeasures.Span(start(day, zone), start(day + 1, zone)))
                .toList();
    }

    private static long day(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone).toEpochDay();
    }

    private static Instant start(long day, ZoneId zone) {
        return LocalDate.ofEpochDay(day).atStartOfDay(zone).toInstant();
    }

    private static Group group(BacklogLine line) {
        return new Group(line.status(), line.teamId());
    }

    private record Group(TicketStatus status, @Nullable Long teamId) {}

    private static final class Line {
        long count;
        final long[] ages;

        @Nullable
        Instant oldest;

        Line(int bands) {
            ages = new long[bands];
        }

        void add(long tickets, long[] bands) {
            count += tickets;
            for (int band = 0; band < ages.length; band++) {
                ages[band] += bands[band];
            }
        }
    }
}

package io.loopdesk.reporting;

import io.loopdesk.reporting.rollup.BacklogStore;
import io.loopdesk.ticket.measure.TicketMeasures;
import io.loopdesk.ticket.measure.TicketMeasures.BacklogLine;
import io.loopdesk.ticket.value.TicketStatus;
import java.time.Instant;
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

    private static final long DAY_SECONDS = 86_400L;

    private final TicketMeasures tickets;
    private final BacklogStore kept;

    OpenBacklog(TicketMeasures tickets, BacklogStore kept) {
        this.tickets = tickets;
        this.kept = kept;
    }

    /** The open tickets at {@code now}, one line per status and team, ages in {@link WallView.AgeBand} order. */
    List<BacklogLine> at(long tenantId, Instant now) {
        List<Instant> bounds = WallView.AgeBand.bounds(now);
        List<Long> boundDays = bounds.stream().map(OpenBacklog::day).toList();
        Set<Long> counted = new LinkedHashSet<>();
        counted.add(day(now));
        counted.addAll(boundDays);

        Map<Group, Line> lines = new HashMap<>();
        for (BacklogLine line : tickets.backlog(tenantId, bounds, spans(counted))) {
            Line merged = lines.computeIfAbsent(group(line), g -> new Line(bounds.size() + 1));
            merged.add(
                    line.count(),
                    line.ages().stream().mapToLong(Long::longValue).toArray());
            merged.oldest = line.oldest();
        }
        Set<Long> oldestDays = new LinkedHashSet<>();
        Map<Group, Long> earliestKept = new HashMap<>();
        for (BacklogStore.Kept row : kept.apartFrom(tenantId, boundDays, counted)) {
            Group group = new Group(TicketStatus.valueOf(row.status()), row.teamId() == 0 ? null : row.teamId());
            Line merged = lines.computeIfAbsent(group, g -> new Line(bounds.size() + 1));
            merged.add(row.tickets(), row.bands());
            Instant dayStart = Instant.ofEpochSecond(row.earliestDay() * DAY_SECONDS);
            if (merged.oldest == null || dayStart.isBefore(merged.oldest)) {
                earliestKept.put(group, row.earliestDay());
                oldestDays.add(row.earliestDay());
            }
        }
        if (!oldestDays.isEmpty()) {
            // the exact oldest of a group whose oldest ticket is on a kept day: that day's open tickets, read once
            Map<Group, Instant> exact = new HashMap<>();
            for (BacklogLine line : tickets.backlog(tenantId, List.of(), spans(oldestDays))) {
                exact.put(group(line), line.oldest());
            }
            earliestKept.forEach((group, day) ->
                    lines.get(group).oldest = exact.getOrDefault(group, Instant.ofEpochSecond(day * DAY_SECONDS)));
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

    private static List<TicketMeasures.Span> spans(Set<Long> days) {
        return days.stream()
                .map(day -> new TicketMeasures.Span(
                        Instant.ofEpochSecond(day * DAY_SECONDS), Instant.ofEpochSecond((day + 1) * DAY_SECONDS)))
                .toList();
    }

    private static long day(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), DAY_SECONDS);
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

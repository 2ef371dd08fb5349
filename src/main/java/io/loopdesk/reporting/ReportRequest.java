package io.loopdesk.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a period report covers: days {@code from} to {@code to} (both included, in the tenant's time zone), cut
 * by {@code by}, broken down by {@code dimension}; {@code value} narrows the series to one value of it.
 */
public record ReportRequest(
        LocalDate from,
        LocalDate to,
        Granularity by,
        Dimension dimension,
        @Nullable String value) {

    /** The longest period a report covers: two years. */
    public static final int MAX_DAYS = 2 * 366;

    /**
     * Reads and checks the parameters as people and BI tools send them; every bad one is refused naming it.
     * Missing {@code from}/{@code to} default to the last 30 days up to {@code today}.
     */
    public static ReportRequest parse(
            @Nullable String from,
            @Nullable String to,
            @Nullable String by,
            @Nullable String dimension,
            @Nullable String value,
            LocalDate today) {
        LocalDate end = date("to", to, today);
        LocalDate start = date("from", from, end.minusDays(29));
        if (end.isBefore(start)) {
            throw ReportRefusedException.invalid(
                    "to", "report.to.beforeFrom", "The end of the period (to) is before its start (from).");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw ReportRefusedException.invalid("to", "report.range.tooLong", "A report covers at most two years.", 2);
        }
        Granularity granularity = blank(by)
                ? Granularity.DAY
                : Granularity.ofParam(by.strip())
                        .orElseThrow(() -> ReportRefusedException.invalid(
                                "by",
                                "report.by.unknown",
                                "Unknown period " + by + "; use day, week, month or quarter.",
                                by));
        Dimension breakdown = blank(dimension)
                ? Dimension.ALL
                : Dimension.ofParam(dimension.strip())
                        .orElseThrow(() -> ReportRefusedException.invalid(
                                "dimension",
                                "report.dimension.unknown",
                                "Unknown dimension " + dimension + "; use one of "
                                        + String.join(
                                                ", ",
                                                Arrays.stream(Dimension.values())
                                                        .map(Dimension::param)
                                                        .toList())
                                        + ".",
                                dimension));
        return new ReportRequest(start, end, granularity, breakdown, blank(value) ? null : value.strip());
    }

    /** The metrics a client asked for, checked against those reports know; empty for all. */
    public static Set<String> metrics(@Nullable String metrics) {
        Set<String> wanted = new LinkedHashSet<>();
        if (blank(metrics)) {
            return wanted;
        }
        Set<String> known = Set.of(Arrays.stream(Figures.class.getRecordComponents())
                .map(c -> c.getName())
                .toArray(String[]::new));
        for (String metric : metrics.split(",")) {
            String name = metric.strip();
            if (!known.contains(name)) {
                throw ReportRefusedException.invalid(
                        "metrics",
                        "report.metric.unknown",
                        "Unknown metric " + name + "; use any of " + String.join(", ", known) + ".",
                        name);
            }
            wanted.add(name);
        }
        return wanted;
    }

    private static LocalDate date(String parameter, @Nullable String text, LocalDate otherwise) {
        if (blank(text)) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ReportRefusedException.invalid(
                    parameter,
                    "report.date.format",
                    "The date " + parameter + " must look like 2026-12-31.",
                    parameter);
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}

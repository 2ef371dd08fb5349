package io.loopdesk.reporting;

import io.loopdesk.reporting.export.Table;
import io.loopdesk.routing.IncidentStatistics.IncidentCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What a period's feedback was about as tables — the words, phrases and complaint signals counted, the major
 * incidents with their tickets — the same in the downloads and in the monthly report. None when there is nothing.
 */
public final class TopicTables {

    private TopicTables() {}

    /** The first {@code limit} counts under the title {@code titleKey}, with their tickets. */
    public static Optional<Table> counts(
            String titleKey, List<PeriodReport.Count> counts, int limit, MessageSource messages, Locale locale) {
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        String title = text(titleKey, messages, locale);
        List<List<@Nullable Object>> cells = new ArrayList<>();
        counts.stream().limit(limit).forEach(count -> cells.add(List.of(count.label(), count.count())));
        return Optional.of(new Table(
                title,
                List.of(Table.Column.text(title), Table.Column.number(text("report.column.tickets", messages, locale))),
                cells));
    }

    /** The major incidents with their status and tickets. */
    public static Optional<Table> incidents(List<IncidentCount> incidents, MessageSource messages, Locale locale) {
        if (incidents.isEmpty()) {
            return Optional.empty();
        }
        String title = text("report.table.incidents", messages, locale);
        List<List<@Nullable Object>> cells = new ArrayList<>();
        incidents.forEach(incident -> cells.add(List.of(
                incident.title(), text("report.incident." + incident.status(), messages, locale), incident.tickets())));
        return Optional.of(new Table(
                title,
                List.of(
                        Table.Column.text(title),
                        Table.Column.text(text("report.column.status", messages, locale)),
                        Table.Column.number(text("report.column.tickets", messages, locale))),
                cells));
    }

    private static String text(String key, MessageSource messages, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

package io.loopdesk.reporting.web;

import io.loopdesk.reporting.Figures;
import io.loopdesk.reporting.OpenNow;
import io.loopdesk.reporting.PeriodReport;
import io.loopdesk.reporting.TopicTables;
import io.loopdesk.reporting.export.CsvWriter;
import io.loopdesk.reporting.export.Table;
import io.loopdesk.reporting.export.XlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A period report's tables (the series, the breakdown, top categories and products, words and phrases, complaint
 * signals, major incidents) for CSV and Excel.
 */
@Component
class ReportTables {

    private final MessageSource messages;
    private final CsvWriter csv = new CsvWriter();
    private final XlsxWriter xlsx = new XlsxWriter();

    ReportTables(MessageSource messages) {
        this.messages = messages;
    }

    void csv(PeriodReport report, String table, Locale locale, OutputStream out) throws IOException {
        Map<String, Table> all = tables(report, locale);
        csv.write(all.getOrDefault(table, all.get("series")), out);
    }

    void xlsx(PeriodReport report, Locale locale, OutputStream out) throws IOException {
        xlsx.write(List.copyOf(tables(report, locale).values()), out);
    }

    /** The report's tables by the name a CSV download asks for, in the order a workbook shows them. */
    Map<String, Table> tables(PeriodReport report, Locale locale) {
        Map<String, Table> tables = new LinkedHashMap<>();
        tables.put(
                "series",
                table(
                        text("report.table.series", locale),
                        text("report.period", locale),
                        report.series(),
                        b -> b.start().toString(),
                        PeriodReport.Bucket::figures,
                        locale));
        if (!report.breakdown().isEmpty()) {
            tables.put(
                    "breakdown",
                    table(
                            text("report.table.breakdown", locale),
                            text(
                                    "report.dimension."
                                            + report.request().dimension().param(),
                                    locale),
                            report.breakdown(),
                            PeriodReport.Breakdown::label,
                            PeriodReport.Breakdown::figures,
                            locale));
        }
        if (!report.topCategories().isEmpty()) {
            tables.put(
                    "categories",
                    table(
                            text("report.table.categories", locale),
                            text("report.dimension.category", locale),
                            report.topCategories(),
                            PeriodReport.Breakdown::label,
                            PeriodReport.Breakdown::figures,
                            locale));
        }
        if (!report.topProducts().isEmpty()) {
            tables.put(
                    "products",
                    table(
                            text("report.table.products", locale),
                            text("report.dimension.product", locale),
                            report.topProducts(),
                            PeriodReport.Breakdown::label,
                            PeriodReport.Breakdown::figures,
                            locale));
        }
        if (!report.open().isEmpty()) {
            tables.put("open", open(report, locale));
        }
        TopicTables.counts("report.table.words", report.words().words(), Integer.MAX_VALUE, messages, locale)
                .ifPresent(table -> tables.put("words", table));
        TopicTables.counts("report.table.phrases", report.words().phrases(), Integer.MAX_VALUE, messages, locale)
                .ifPresent(table -> tables.put("phrases", table));
        TopicTables.counts("report.table.signals", report.complaintSignals(), Integer.MAX_VALUE, messages, locale)
                .ifPresent(table -> tables.put("signals", table));
        TopicTables.incidents(report.incidents(), messages, locale).ifPresent(table -> tables.put("incidents", table));
        return tables;
    }

    /** The backlog now: value, open, each open status, each age, the oldest day of registration. */
    private Table open(PeriodReport report, Locale locale) {
        OpenNow first = report.open().getFirst();
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.text(
                text("report.dimension." + report.request().dimension().param(), locale)));
        columns.add(Table.Column.number(text("report.open.tickets", locale)));
        first.byStatus().keySet().forEach(status -> columns.add(Table.Column.number(text("status." + status, locale))));
        first.byAge().keySet().forEach(age -> columns.add(Table.Column.number(text("report.open.age." + age, locale))));
        columns.add(Table.Column.text(text("report.open.oldest", locale)));
        List<List<@Nullable Object>> cells = new ArrayList<>();
        for (OpenNow open : report.open()) {
            List<@Nullable Object> line = new ArrayList<>();
            line.add(open.label());
            line.add(open.tickets());
            line.addAll(open.byStatus().values());
            line.addAll(open.byAge().values());
            line.add(open.oldestDay().toString());
            cells.add(line);
        }
        return new Table(text("report.table.open", locale), columns, cells);
    }

    private <T> Table table(
            String title,
            String first,
            List<T> rows,
            Function<T, String> label,
            Function<T, Figures> figures,
            Locale locale) {
        List<Table.Column> columns = new ArrayList<>();
        columns.add(Table.Column.text(first));
        for (ReportMetric metric : ReportMetric.values()) {
            columns.add(Table.Column.number(text(metric.labelKey(), locale)));
        }
        List<List<@Nullable Object>> cells = new ArrayList<>();
        for (T row : rows) {
            Figures f = figures.apply(row);
            List<@Nullable Object> line = new ArrayList<>();
            line.add(label.apply(row));
            for (ReportMetric metric : ReportMetric.values()) {
                line.add(metric.of(f));
            }
            cells.add(line);
        }
        return new Table(title, columns, cells);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

package io.loopdesk.reporting.web;

import io.loopdesk.reporting.Figures;
import io.loopdesk.reporting.PeriodReport;
import io.loopdesk.reporting.export.CsvWriter;
import io.loopdesk.reporting.export.Table;
import io.loopdesk.reporting.export.XlsxWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A period report's tables (the series, the breakdown, top categories and products) for CSV and Excel. */
@Component
class ReportTables {

    private final MessageSource messages;
    private final CsvWriter csv = new CsvWriter();
    private final XlsxWriter xlsx = new XlsxWriter();

    ReportTables(MessageSource messages) {
        this.messages = messages;
    }

    void csv(PeriodReport report, String table, Locale locale, OutputStream out) throws IOException {
        List<Table> all = tables(report, locale);
        int index = switch (table) {
            case "breakdown" -> 1;
            case "categories" -> 2;
            case "products" -> 3;
            default -> 0;
        };
        csv.write(all.get(Math.min(index, all.size() - 1)), out);
    }

    void xlsx(PeriodReport report, Locale locale, OutputStream out) throws IOException {
        xlsx.write(tables(report, locale), out);
    }

    List<Table> tables(PeriodReport report, Locale locale) {
        List<Table> tables = new ArrayList<>();
        tables.add(table(
                text("report.table.series", locale),
                text("report.period", locale),
                report.series(),
                b -> b.start().toString(),
                PeriodReport.Bucket::figures,
                locale));
        if (!report.breakdown().isEmpty()) {
            tables.add(table(
                    text("report.table.breakdown", locale),
                    text("report.dimension." + report.request().dimension().param(), locale),
                    report.breakdown(),
                    PeriodReport.Breakdown::label,
                    PeriodReport.Breakdown::figures,
                    locale));
        }
        if (!report.topCategories().isEmpty()) {
            tables.add(table(
                    text("report.table.categories", locale),
                    text("report.dimension.category", locale),
                    report.topCategories(),
                    PeriodReport.Breakdown::label,
                    PeriodReport.Breakdown::figures,
                    locale));
        }
        if (!report.topProducts().isEmpty()) {
            tables.add(table(
                    text("report.table.products", locale),
                    text("report.dimension.product", locale),
                    report.topProducts(),
                    PeriodReport.Breakdown::label,
                    PeriodReport.Breakdown::figures,
                    locale));
        }
        return tables;
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
        for (String metric : METRICS) {
            columns.add(Table.Column.number(text("report.metric." + metric, locale)));
        }
        List<List<@Nullable Object>> cells = new ArrayList<>();
        for (T row : rows) {
            Figures f = figures.apply(row);
            List<@Nullable Object> line = new ArrayList<>();
            line.add(label.apply(row));
            line.add(f.received());
            line.add(f.solved());
            line.add(f.closed());
            line.add(f.reopened());
            line.add(hours(f.firstResponse().mean()));
            line.add(hours(f.firstResponseBusiness().median()));
            line.add(hours(f.resolution().mean()));
            line.add(hours(f.resolutionBusiness().median()));
            line.add(hours(f.resolutionBusiness().p90()));
            line.add(percent(f.sla().get("FIRST_RESPONSE").attained()));
            line.add(percent(f.sla().get("RESOLUTION").attained()));
            line.add(percent(f.firstContactResolutionRate()));
            line.add(percent(f.reopenRate()));
            line.add(percent(f.transferRate()));
            line.add(f.complaints());
            line.add(f.satisfaction().rated());
            line.add(percent(f.satisfaction().satisfied()));
            cells.add(line);
        }
        return new Table(title, columns, cells);
    }

    static final List<String> METRICS = List.of(
            "received",
            "solved",
            "closed",
            "reopened",
            "firstResponseMeanHours",
            "firstResponseBusinessMedianHours",
            "resolutionMeanHours",
            "resolutionBusinessMedianHours",
            "resolutionBusinessP90Hours",
            "slaFirstResponse",
            "slaResolution",
            "firstContactResolution",
            "reopenRate",
            "transferRate",
            "complaints",
            "rated",
            "satisfied");

    private static @Nullable Double hours(@Nullable Number seconds) {
        return seconds == null ? null : Math.round(seconds.doubleValue() / 36.0) / 100.0;
    }

    private static @Nullable Double percent(@Nullable Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

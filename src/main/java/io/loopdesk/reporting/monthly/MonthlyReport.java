package io.loopdesk.reporting.monthly;

import io.loopdesk.identity.Actor;
import io.loopdesk.reporting.Dimension;
import io.loopdesk.reporting.Figures;
import io.loopdesk.reporting.Granularity;
import io.loopdesk.reporting.PeriodReport;
import io.loopdesk.reporting.ReportRequest;
import io.loopdesk.reporting.Reports;
import io.loopdesk.reporting.TopicTables;
import io.loopdesk.reporting.export.Block;
import io.loopdesk.reporting.export.Chart;
import io.loopdesk.reporting.export.Heading;
import io.loopdesk.reporting.export.Paragraph;
import io.loopdesk.reporting.export.PdfReportWriter;
import io.loopdesk.reporting.export.ReportDocument;
import io.loopdesk.reporting.export.Table;
import io.loopdesk.routing.Surge;
import io.loopdesk.routing.Surges;
import io.loopdesk.tenant.TenantInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Writes a tenant's monthly 《用户反馈分析报告》 as PDF: the month's headline figures, a written summary with the change
 * against the month before, received and solved by day, the split by top-level category, channel and team, the top
 * categories and products, SLA attainment per target and satisfaction per dimension.
 */
@Service
public class MonthlyReport {

    /** How many of the month's words, phrases and signals the report lists. */
    static final int LISTED = 10;

    private final Reports reports;
    private final Surges surges;
    private final MessageSource messages;
    private final PdfReportWriter pdf = new PdfReportWriter();

    MonthlyReport(Reports reports, Surges surges, MessageSource messages) {
        this.reports = reports;
        this.surges = surges;
        this.messages = messages;
    }

    /** The report of {@code month} for {@code reader} (who must see the whole tenant), in {@code locale}. */
    public byte[] pdf(TenantInfo tenant, YearMonth month, Actor reader, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            pdf.write(document(tenant, month, reader, locale), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    ReportDocument document(TenantInfo tenant, YearMonth month, Actor reader, Locale locale) {
        PeriodReport byRoot = period(tenant, month, Dimension.CATEGORY_ROOT, reader, locale);
        PeriodReport byChannel = period(tenant, month, Dimension.CHANNEL, reader, locale);
        PeriodReport byTeam = period(tenant, month, Dimension.TEAM, reader, locale);
        PeriodReport before = period(tenant, month.minusMonths(1), Dimension.ALL, reader, locale);
        Figures t = byRoot.totals();

        List<Block> blocks = new ArrayList<>();
        blocks.add(new io.loopdesk.reporting.export.Figures(List.of(
                figure("report.metric.received", Long.toString(t.received()), locale),
                figure("report.metric.solved", Long.toString(t.solved()), locale),
                figure("report.monthly.firstResponse", hours(t.firstResponse().mean(), locale), locale),
                figure("report.monthly.resolution", hours(t.resolutionBusiness().median(), locale), locale),
                figure(
                        "report.monthly.slaFirstResponse",
                        percent(t.sla().get("FIRST_RESPONSE").attained()),
                        locale),
                figure("report.monthly.firstContact", percent(t.firstContactResolutionRate()), locale),
                figure("report.monthly.satisfied", percent(t.satisfaction().satisfied()), locale),
                figure(
                        "report.metric.nps",
                        t.satisfaction().nps() == null
                                ? "–"
                                : Long.toString(Math.round(t.satisfaction().nps())),
                        locale),
                figure("report.metric.complaints", Long.toString(t.complaints()), locale))));
        blocks.add(new Heading(text("report.monthly.summary", locale)));
        blocks.add(new Paragraph(MonthlySummary.write(byRoot, before.totals(), messages, locale)));

        blocks.add(new Heading(text("report.chart.volume", locale)));
        blocks.add(new Chart(
                text("report.chart.volume", locale),
                Chart.Kind.BAR,
                byRoot.series().stream()
                        .map(b -> Integer.toString(b.start().getDayOfMonth()))
                        .toList(),
                List.of(
                        new Chart.Series(
                                text("report.metric.received", locale),
                                byRoot.series().stream()
                                        .map(b -> (Number) b.figures().received())
                                        .toList()),
                        new Chart.Series(
                                text("report.metric.solved", locale),
                                byRoot.series().stream()
                                        .map(b -> (Number) b.figures().solved())
                                        .toList()))));
        if (!byRoot.breakdown().isEmpty()) {
            blocks.add(new Chart(
                    text("report.dimension.categoryRoot", locale),
                    Chart.Kind.PIE,
                    byRoot.breakdown().stream()
                            .map(PeriodReport.Breakdown::label)
                            .toList(),
                    List.of(new Chart.Series(
                            text("report.metric.received", locale),
                            byRoot.breakdown().stream()
                                    .map(b -> (Number) b.figures().received())
                                    .toList()))));
        }
        blocks.add(table("report.dimension.channel", byChannel.breakdown(), locale));
        blocks.add(table("report.dimension.team", byTeam.breakdown(), locale));
        blocks.add(table("report.table.categories", byRoot.topCategories(), locale));
        blocks.add(table("report.table.products", byRoot.topProducts(), locale));
        blocks.add(sla(t, locale));
        blocks.add(shortForm(t, locale));
        blocks.add(satisfaction(t, locale));
        // what the month's feedback talked about, the complaints' signals and the incidents behind many tickets
        TopicTables.counts("report.table.words", byRoot.words().words(), LISTED, messages, locale)
                .ifPresent(blocks::add);
        TopicTables.counts("report.table.phrases", byRoot.words().phrases(), LISTED, messages, locale)
                .ifPresent(blocks::add);
        TopicTables.counts("report.table.signals", byRoot.complaintSignals(), LISTED, messages, locale)
                .ifPresent(blocks::add);
        TopicTables.incidents(byRoot.incidents(), messages, locale).ifPresent(blocks::add);
        java.time.Instant start = month.atDay(1).atStartOfDay(tenant.timeZone()).toInstant();
        java.time.Instant end =
                month.plusMonths(1).atDay(1).atStartOfDay(tenant.timeZone()).toInstant();
        List<Surge> found = surges.recent(tenant.id(), start).stream()
                .filter(surge -> surge.detectedAt().isBefore(end))
                .toList();
        if (!found.isEmpty()) {
            List<List<@Nullable Object>> cells = new ArrayList<>();
            for (Surge surge : found.reversed()) {
                cells.add(java.util.Arrays.asList(
                        java.time.LocalDateTime.ofInstant(surge.detectedAt(), tenant.timeZone())
                                .withSecond(0)
                                .withNano(0)
                                .toString()
                                .replace('T', ' '),
                        surges.reason(tenant.id(), surge).render(messages, locale, surge.key())));
            }
            blocks.add(new Table(
                    text("report.monthly.surges", locale),
                    List.of(
                            Table.Column.text(text("report.monthly.detectedAt", locale)),
                            Table.Column.text(text("report.monthly.surge", locale))),
                    cells));
        }
        return new ReportDocument(
                text("report.monthly.title", locale),
                tenant.name() + " · "
                        + messages.getMessage(
                                "report.monthly.month", new Object[] {month.getYear(), month.getMonthValue()}, locale),
                locale,
                blocks);
    }

    private PeriodReport period(TenantInfo tenant, YearMonth month, Dimension dimension, Actor reader, Locale locale) {
        return reports.period(
                tenant.id(),
                new ReportRequest(month.atDay(1), month.atEndOfMonth(), Granularity.DAY, dimension, null),
                reader,
                locale);
    }

    private Table table(String title, List<PeriodReport.Breakdown> rows, Locale locale) {
        List<List<@Nullable Object>> cells = new ArrayList<>();
        for (PeriodReport.Breakdown row : rows) {
            Figures f = row.figures();
            cells.add(java.util.Arrays.asList(
                    row.label(),
                    f.received(),
                    f.solved(),
                    Figures.hours(f.firstResponse().mean()),
                    Figures.hours(f.resolutionBusiness().median()),
                    Figures.percent(f.sla().get("RESOLUTION").attained()),
                    Figures.percent(f.satisfaction().satisfied())));
        }
        return new Table(
                text(title, locale),
                List.of(
                        Table.Column.text(text(title, locale)),
                        Table.Column.number(text("report.metric.received", locale)),
                        Table.Column.number(text("report.metric.solved", locale)),
                        Table.Column.number(text("report.metric.firstResponseMeanHours", locale)),
                        Table.Column.number(text("report.metric.resolutionBusinessMedianHours", locale)),
                        Table.Column.number(text("report.metric.slaResolution", locale)),
                        Table.Column.number(text("report.metric.satisfied", locale))),
                cells);
    }

    private Table sla(Figures t, Locale locale) {
        List<List<@Nullable Object>> cells = new ArrayList<>();
        for (Map.Entry<String, Figures.Attainment> target : t.sla().entrySet()) {
            cells.add(java.util.Arrays.asList(
                    text("sla.target." + target.getKey(), locale),
                    target.getValue().met(),
                    target.getValue().breached(),
                    Figures.percent(target.getValue().attained())));
        }
        return new Table(
                text("report.monthly.sla", locale),
                List.of(
                        Table.Column.text(text("report.monthly.target", locale)),
                        Table.Column.number(text("report.monthly.met", locale)),
                        Table.Column.number(text("report.monthly.missed", locale)),
                        Table.Column.number(text("report.monthly.attained", locale))),
                cells);
    }

    /** The shares of the short form's four answers (非常满意 … 不满意) among the ratings of the month. */
    private Table shortForm(Figures t, Locale locale) {
        Figures.Satisfaction s = t.satisfaction();
        Double satisfiedOnly =
                s.satisfied() == null || s.verySatisfied() == null ? null : s.satisfied() - s.verySatisfied();
        List<List<@Nullable Object>> cells = List.of(
                java.util.Arrays.asList(
                        text("rating.overall.VERY_SATISFIED", locale), Figures.percent(s.verySatisfied())),
                java.util.Arrays.asList(text("rating.overall.SATISFIED", locale), Figures.percent(satisfiedOnly)),
                java.util.Arrays.asList(text("rating.overall.NEUTRAL", locale), Figures.percent(s.neutral())),
                java.util.Arrays.asList(
                        text("rating.overall.DISSATISFIED", locale), Figures.percent(s.dissatisfied())));
        return new Table(
                text("report.monthly.shortForm", locale),
                List.of(
                        Table.Column.text(text("report.monthly.answer", locale)),
                        Table.Column.number(text("report.monthly.share", locale))),
                cells);
    }

    private Table satisfaction(Figures t, Locale locale) {
        Figures.Satisfaction s = t.satisfaction();
        List<List<@Nullable Object>> cells = List.of(
                java.util.Arrays.asList(text("rating.responseSpeed", locale), round(s.speed())),
                java.util.Arrays.asList(text("rating.expertise", locale), round(s.expertise())),
                java.util.Arrays.asList(text("rating.resolution", locale), round(s.resolution())),
                java.util.Arrays.asList(text("rating.attitude", locale), round(s.attitude())));
        return new Table(
                text("report.monthly.satisfaction", locale),
                List.of(
                        Table.Column.text(text("report.monthly.dimension", locale)),
                        Table.Column.number(text("report.monthly.meanScore", locale))),
                cells);
    }

    private io.loopdesk.reporting.export.Figures.Figure figure(String key, String value, Locale locale) {
        return new io.loopdesk.reporting.export.Figures.Figure(text(key, locale), value);
    }

    private String hours(@Nullable Number seconds, Locale locale) {
        return seconds == null
                ? "–"
                : messages.getMessage(
                        "report.monthly.hours",
                        new Object[] {String.format(Locale.ROOT, "%.1f", seconds.doubleValue() / 3600)},
                        locale);
    }

    static String percent(@Nullable Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static @Nullable Double round(@Nullable Double value) {
        return value == null ? null : Math.round(value * 100) / 100.0;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}

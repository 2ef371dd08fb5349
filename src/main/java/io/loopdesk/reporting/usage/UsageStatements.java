package io.loopdesk.reporting.usage;

import io.loopdesk.reporting.export.CsvWriter;
import io.loopdesk.reporting.export.Figures;
import io.loopdesk.reporting.export.PdfReportWriter;
import io.loopdesk.reporting.export.ReportDocument;
import io.loopdesk.reporting.export.Table;
import io.loopdesk.tenant.TenantInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tenant's monthly usage statement: read from the meter, written as CSV or PDF in the reader's language. */
@Service
public class UsageStatements {

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final PdfReportWriter pdf = new PdfReportWriter();
    private final CsvWriter csv = new CsvWriter();

    UsageStatements(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public UsageStatement of(TenantInfo tenant, YearMonth month) {
        Map<LocalDate, long[]> counted = new HashMap<>();
        jdbc.sql("select usage_day, kind, count(*) from usage_unit where tenant_id = ? and usage_day between ? and ?"
                        + " group by usage_day, kind")
                .params(tenant.id(), Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()))
                .query(rs -> {
                    long[] day = counted.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new long[2]);
                    day[UsageKind.valueOf(rs.getString(2)).ordinal()] += rs.getLong(3);
                });
        Map<LocalDate, Long> chatMinutes = new HashMap<>();
        jdbc.sql("select usage_day, sum(online_minutes) from usage_chat where tenant_id = ? and usage_day between ?"
                        + " and ? group by usage_day")
                .params(tenant.id(), Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()))
                .query(rs -> {
                    chatMinutes.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
                });
        List<UsageStatement.Day> days = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            long[] units = counted.getOrDefault(day, new long[2]);
            days.add(new UsageStatement.Day(
                    day,
                    units[UsageKind.APP_FEEDBACK.ordinal()],
                    units[UsageKind.EMAIL.ordinal()],
                    chatMinutes.getOrDefault(day, 0L)));
        }
        return new UsageStatement(tenant.id(), tenant.code(), tenant.name(), month, days);
    }

    public byte[] csv(UsageStatement statement, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            csv.write(table(statement, locale), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public byte[] pdf(UsageStatement statement, Locale locale) {
        NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
        ReportDocument document = new ReportDocument(
                text("usage.statement.title", locale, statement.tenantName(), statement.month()),
                text("usage.statement.subtitle", locale, statement.tenantCode(), statement.month()),
                locale,
                List.of(
                        new Figures(List.of(
                                new Figures.Figure(
                                        text("usage.kind.APP_FEEDBACK", locale),
                                        numbers.format(statement.appFeedback())),
                                new Figures.Figure(text("usage.kind.EMAIL", locale), numbers.format(statement.email())),
                                new Figures.Figure(text("usage.total", locale), numbers.format(statement.total())),
                                new Figures.Figure(
                                        text("usage.chatMinutes", locale), numbers.format(statement.chatMinutes())))),
                        table(statement, locale)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            pdf.write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The day rows and a total row: what the CSV is and what the PDF lists. */
    private Table table(UsageStatement statement, Locale locale) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (UsageStatement.Day day : statement.days()) {
            rows.add(List.of(day.date().toString(), day.appFeedback(), day.email(), day.total(), day.chatMinutes()));
        }
        rows.add(List.of(
                text("usage.total", locale),
                statement.appFeedback(),
                statement.email(),
                statement.total(),
                statement.chatMinutes()));
        return new Table(
                text("usage.statement.days", locale),
                List.of(
                        Table.Column.text(text("usage.day", locale)),
                        Table.Column.number(text("usage.kind.APP_FEEDBACK", locale)),
                        Table.Column.number(text("usage.kind.EMAIL", locale)),
                        Table.Column.number(text("usage.total", locale)),
                        Table.Column.number(text("usage.chatMinutes", locale))),
                rows);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The file name of a statement download or attachment. */
    public static String filename(UsageStatement statement, String extension) {
        return "loopdesk-usage-" + statement.tenantCode() + "-" + statement.month() + "." + extension;
    }
}

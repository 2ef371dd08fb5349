package io.loopdesk.reporting.web;

import io.loopdesk.reporting.Dimension;
import io.loopdesk.reporting.OpenNow;
import io.loopdesk.reporting.PeriodReport;
import io.loopdesk.reporting.ReportRequest;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** What the report page hands its charts (as JSON in a data attribute) and where each bar and row leads. */
final class ReportCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One breakdown row of the page with the link to its tickets. */
    record Row(PeriodReport.Breakdown breakdown, @Nullable String tickets) {}

    /** A line of the backlog and the desk list of its open tickets, the longest waiting first. */
    record OpenRow(OpenNow open, @Nullable String tickets) {}

    private ReportCharts() {}

    /** Received and solved per period, for the bar chart; bar i opens the tickets of bucket i. */
    static String volumes(PeriodReport report, MessageSource messages, Locale locale) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put(
                "categories",
                report.series().stream().map(b -> b.start().toString()).toList());
        chart.put(
                "series",
                List.of(
                        Map.of(
                                "name", messages.getMessage("report.metric.received", null, locale),
                                "data",
                                        report.series().stream()
                                                .map(b -> b.figures().received())
                                                .toList()),
                        Map.of(
                                "name", messages.getMessage("report.metric.solved", null, locale),
                                "data",
                                        report.series().stream()
                                                .map(b -> b.figures().solved())
                                                .toList())));
        ReportRequest request = report.request();
        chart.put(
                "links",
                report.series().stream()
                        .map(b -> {
                            java.time.LocalDate end =
                                    request.by().next(b.start()).minusDays(1);
                            return tickets(
                                    b.start().isBefore(request.from())
                                            ? request.from().toString()
                                            : b.start().toString(),
                                    end.isAfter(request.to()) ? request.to().toString() : end.toString(),
                                    request.dimension(),
                                    request.value());
                        })
                        .toList());
        return JSON.writeValueAsString(chart);
    }

    static String drillDown(ReportRequest request) {
        return tickets(request.from().toString(), request.to().toString(), request.dimension(), request.value());
    }

    static List<Row> rows(PeriodReport report, ReportRequest request) {
        // the desk lists one tenant's tickets: a row of the operators' view across tenants opens nothing; nor does
        // a row of tickets without a team, category or product, which the desk has no filter for (the whole list
        // would be wrong); tickets without an agent it has ("none")
        return report.breakdown().stream()
                .map(b -> new Row(
                        b,
                        request.dimension() == Dimension.TENANT
                                        || (b.value().isEmpty() && request.dimension() != Dimension.AGENT)
                                ? null
                                : tickets(
                                        request.from().toString(),
                                        request.to().toString(),
                                        request.dimension(),
                                        b.value())))
                .toList();
    }

    static List<OpenRow> openRows(PeriodReport report, ReportRequest request) {
        return report.open().stream()
                .map(open -> new OpenRow(
                        open,
                        open.value().isEmpty()
                                        && request.dimension() != Dimension.AGENT
                                        && request.dimension() != Dimension.ALL
                                ? null
                                : openTickets(request.dimension(), open.value())))
                .toList();
    }

    /** The desk list of the open tickets with that value, the longest waiting first; what "open now" counts. */
    static String openTickets(Dimension dimension, String value) {
        UriComponentsBuilder link = desk(null, null, dimension, value);
        for (TicketStatus status : TicketStatus.values()) {
            if (status.isOpen()) {
                link.queryParam("status", status.name());
            }
        }
        return link.queryParam("order", TicketQuery.Order.OLDEST.name())
                .encode()
                .build()
                .toUriString();
    }

    /** The desk list of the tickets registered in the period with that value; what "received" counts. */
    static String tickets(String from, String to, Dimension dimension, @Nullable String value) {
        return desk(from, to, dimension, value).encode().build().toUriString();
    }

    private static UriComponentsBuilder desk(
            @Nullable String from, @Nullable String to, Dimension dimension, @Nullable String value) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/desk");
        if (from != null && to != null) {
            link.queryParam("from", from).queryParam("to", to);
        }
        if (value != null && !value.isEmpty()) {
            switch (dimension) {
                case TEAM -> link.queryParam("team", value);
                case AGENT -> link.queryParam("assignee", value);
                case CATEGORY, CATEGORY_ROOT -> link.queryParam("category", value);
                case CHANNEL -> link.queryParam("channel", value);
                case URGENCY -> link.queryParam("urgency", value);
                case PRODUCT -> link.queryParam("product", value);
                case ALL, TENANT -> {}
            }
        } else if (value != null && dimension == Dimension.AGENT) {
            link.queryParam("assignee", "none");
        }
        return link;
    }
}

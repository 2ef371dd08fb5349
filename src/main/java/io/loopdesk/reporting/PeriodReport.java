package io.loopdesk.reporting;

import io.loopdesk.routing.IncidentStatistics.IncidentCount;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A period's figures: the totals, the series by day/week/month/quarter (of the whole tenant, or of the one value
 * the request narrows to), the breakdown by the request's dimension over the whole period, the top categories and
 * products by volume, the words and phrases feedback used most, complaint signals by kind and the major incidents.
 * The last three are of the whole tenant: empty in a scorecard or a report narrowed to one value. {@code open} is
 * the backlog now (whatever the period) by the request's dimension, or of the one value it narrows to; empty in the
 * operators' view across tenants.
 */
public record PeriodReport(
        ReportRequest request,
        Figures totals,
        List<Bucket> series,
        List<Breakdown> breakdown,
        List<Breakdown> topCategories,
        List<Breakdown> topProducts,
        Words words,
        List<Count> complaintSignals,
        List<IncidentCount> incidents,
        List<OpenNow> open) {

    /** A scorecard's report: the tenant's words, signals and incidents are not part of it. */
    PeriodReport(
            ReportRequest request,
            Figures totals,
            List<Bucket> series,
            List<Breakdown> breakdown,
            List<Breakdown> topCategories,
            List<Breakdown> topProducts,
            List<OpenNow> open) {
        this(request, totals, series, breakdown, topCategories, topProducts, Words.NONE, List.of(), List.of(), open);
    }

    /** One period of the series, starting on {@code start}. */
    public record Bucket(LocalDate start, Figures figures) {}

    /** One value of a dimension ("" for none: no team, no agent), its name in the reader's language. */
    public record Breakdown(String value, String label, Figures figures) {}

    /** A value and how often it was counted: a complaint signal's kind, a word. */
    public record Count(String value, String label, long count) {}

    /**
     * The words and two-word phrases most tickets used, counted by month of registration: {@code from} and
     * {@code to} are the months counted, those the period touches.
     */
    public record Words(YearMonth from, YearMonth to, List<Count> words, List<Count> phrases) {

        static final Words NONE = new Words(YearMonth.of(2000, 1), YearMonth.of(2000, 1), List.of(), List.of());

        public boolean isEmpty() {
            return words.isEmpty() && phrases.isEmpty();
        }
    }
}

package io.loopdesk.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * A period's figures: the totals, the series by day/week/month/quarter (of the whole tenant, or of the one value
 * the request narrows to), the breakdown by the request's dimension over the whole period, and the top
 * categories and products by volume.
 */
public record PeriodReport(
        ReportRequest request,
        Figures totals,
        List<Bucket> series,
        List<Breakdown> breakdown,
        List<Breakdown> topCategories,
        List<Breakdown> topProducts) {

    /** One period of the series, starting on {@code start}. */
    public record Bucket(LocalDate start, Figures figures) {}

    /** One value of a dimension ("" for none: no team, no agent), its name in the reader's language. */
    public record Breakdown(String value, String label, Figures figures) {}
}

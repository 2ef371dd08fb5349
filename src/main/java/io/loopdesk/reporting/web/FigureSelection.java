package io.loopdesk.reporting.web;

import io.loopdesk.reporting.Figures;
import io.loopdesk.reporting.PeriodReport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A period report with only the figures a client asked for ({@code metrics=received,solved}). */
final class FigureSelection {

    private FigureSelection() {}

    static Map<String, Object> keep(PeriodReport report, Set<String> metrics) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("request", report.request());
        result.put("totals", figures(report.totals(), metrics));
        result.put(
                "series",
                report.series().stream()
                        .map(b -> Map.of("start", b.start(), "figures", figures(b.figures(), metrics)))
                        .toList());
        result.put("breakdown", breakdown(report.breakdown(), metrics));
        result.put("topCategories", breakdown(report.topCategories(), metrics));
        result.put("topProducts", breakdown(report.topProducts(), metrics));
        result.put("words", report.words());
        result.put("complaintSignals", report.complaintSignals());
        result.put("incidents", report.incidents());
        result.put("open", report.open());
        return result;
    }

    private static List<Map<String, Object>> breakdown(List<PeriodReport.Breakdown> rows, Set<String> metrics) {
        return rows.stream()
                .map(b -> Map.<String, Object>of(
                        "value", b.value(), "label", b.label(), "figures", figures(b.figures(), metrics)))
                .toList();
    }

    private static Map<String, Object> figures(Figures figures, Set<String> metrics) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (RecordComponent component : Figures.class.getRecordComponents()) {
            if (metrics.contains(component.getName())) {
                try {
                    kept.put(component.getName(), component.getAccessor().invoke(figures));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return kept;
    }
}

package io.loopdesk.reporting.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A chart over categories: one value per category in each series.
 *
 * @param categories the x axis of bar and line charts, the slices of a pie; each one once
 * @param series each with its own name; a pie has exactly one
 */
public record Chart(String title, Kind kind, List<String> categories, List<Series> series) implements Block {

    public Chart {
        Require.text(title, "A chart's title");
        if (kind == null) {
            throw new IllegalArgumentException("The kind of chart '" + title + "' is required");
        }
        categories = Require.list(categories, "The categories of chart '" + title + "'");
        series = Require.list(series, "The series of chart '" + title + "'");
        if (series.isEmpty()) {
            throw new IllegalArgumentException("Chart '" + title + "' needs at least one series");
        }
        if (kind == Kind.PIE && series.size() != 1) {
            throw new IllegalArgumentException(
                    "Pie chart '" + title + "' shows one series, but was given " + series.size());
        }
        // the chart keys its values by category and series name, so a repeated one would merge silently
        requireUnique(categories, "category", title);
        requireUnique(series.stream().map(Series::name).toList(), "series name", title);
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series '" + one.name() + "' of chart '" + title + "' has "
                        + one.values().size() + " values, but the chart has " + categories.size() + " categories");
            }
        }
    }

    private static void requireUnique(List<String> names, String what, String title) {
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException("Chart '" + title + "' has the " + what + " '" + name + "' twice");
            }
        }
    }

    /** How the series are drawn. */
    public enum Kind {
        BAR,
        LINE,
        PIE,
        /** Bars whose series are stacked on each other, so a bar's height is their total. */
        STACKED_BAR
    }

    /**
     * A named row of values, one per category of its chart.
     *
     * @param values null where there is no value (a gap in a line, no bar)
     */
    public record Series(String name, List<@Nullable Number> values) {

        public Series {
            Require.text(name, "A series' name");
            values = Require.listAllowingNulls(values, "The values of series '" + name + "'");
        }
    }
}

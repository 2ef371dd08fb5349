package io.loopdesk.reporting.web;

import io.loopdesk.reporting.Figures;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Every figure of a report as one column of the downloads and one line of the page's "all figures": its label
 * ({@code report.metric.*}) and its value, hours and percentages rounded as spreadsheets show them. One list, so a
 * figure added to {@link Figures} is added here once and appears everywhere.
 */
enum ReportMetric {
    RECEIVED(Figures::received),
    SOLVED(Figures::solved),
    CLOSED(Figures::closed),
    REOPENED(Figures::reopened),
    FIRST_RESPONSE_MEAN_HOURS(f -> Figures.hours(f.firstResponse().mean())),
    FIRST_RESPONSE_MEDIAN_HOURS(f -> Figures.hours(f.firstResponse().median())),
    FIRST_RESPONSE_P90_HOURS(f -> Figures.hours(f.firstResponse().p90())),
    FIRST_RESPONSE_BUSINESS_MEAN_HOURS(
            f -> Figures.hours(f.firstResponseBusiness().mean())),
    FIRST_RESPONSE_BUSINESS_MEDIAN_HOURS(
            f -> Figures.hours(f.firstResponseBusiness().median())),
    FIRST_RESPONSE_BUSINESS_P90_HOURS(
            f -> Figures.hours(f.firstResponseBusiness().p90())),
    RESOLUTION_MEAN_HOURS(f -> Figures.hours(f.resolution().mean())),
    RESOLUTION_MEDIAN_HOURS(f -> Figures.hours(f.resolution().median())),
    RESOLUTION_P90_HOURS(f -> Figures.hours(f.resolution().p90())),
    RESOLUTION_BUSINESS_MEAN_HOURS(f -> Figures.hours(f.resolutionBusiness().mean())),
    RESOLUTION_BUSINESS_MEDIAN_HOURS(f -> Figures.hours(f.resolutionBusiness().median())),
    RESOLUTION_BUSINESS_P90_HOURS(f -> Figures.hours(f.resolutionBusiness().p90())),
    SLA_FIRST_RESPONSE(f -> attained(f, "FIRST_RESPONSE")),
    SLA_NEXT_RESPONSE(f -> attained(f, "NEXT_RESPONSE")),
    SLA_RESOLUTION(f -> attained(f, "RESOLUTION")),
    SLA_EXPECTED_RESOLUTION(f -> attained(f, "EXPECTED_RESOLUTION")),
    SLA_RESULT_NOTICE(f -> attained(f, "RESULT_NOTICE")),
    SLA_BREACHES(f ->
            f.sla().values().stream().mapToLong(Figures.Attainment::breached).sum()),
    FIRST_CONTACT_RESOLUTION(f -> Figures.percent(f.firstContactResolutionRate())),
    REOPEN_RATE(f -> Figures.percent(f.reopenRate())),
    TRANSFER_RATE(f -> Figures.percent(f.transferRate())),
    ESCALATION_RATE(f -> Figures.percent(f.escalationRate())),
    DISPATCHES(Figures::dispatches),
    COMPLAINTS(Figures::complaints),
    RATED(f -> f.satisfaction().rated()),
    RESPONSE_RATE(f -> Figures.percent(f.satisfaction().responseRate())),
    VERY_SATISFIED(f -> Figures.percent(f.satisfaction().verySatisfied())),
    SATISFIED(f -> Figures.percent(f.satisfaction().satisfied())),
    NEUTRAL(f -> Figures.percent(f.satisfaction().neutral())),
    DISSATISFIED(f -> Figures.percent(f.satisfaction().dissatisfied())),
    SPEED(f -> tenth(f.satisfaction().speed())),
    EXPERTISE(f -> tenth(f.satisfaction().expertise())),
    RESOLUTION_SCORE(f -> tenth(f.satisfaction().resolution())),
    ATTITUDE(f -> tenth(f.satisfaction().attitude())),
    NPS(f -> tenth(f.satisfaction().nps())),
    QA_SCORE(f -> tenth(f.quality().meanScore()));

    private final Function<Figures, @Nullable Object> value;

    ReportMetric(Function<Figures, @Nullable Object> value) {
        this.value = value;
    }

    /** The figure's label in the bundles: {@code report.metric.} and the name in camel case. */
    String labelKey() {
        StringBuilder key = new StringBuilder("report.metric.");
        boolean upper = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    @Nullable
    Object of(Figures figures) {
        return value.apply(figures);
    }

    /** One figure's line on the page: its label and its value, or null where there is none to show. */
    record Line(String labelKey, @Nullable Object value) {}

    /** Every figure of {@code figures}, in order, for the page. */
    static java.util.List<Line> lines(Figures figures) {
        return java.util.Arrays.stream(values())
                .map(metric -> new Line(metric.labelKey(), metric.of(figures)))
                .toList();
    }

    private static @Nullable Double attained(Figures figures, String target) {
        Figures.Attainment attainment = figures.sla().get(target);
        return attainment == null ? null : Figures.percent(attainment.attained());
    }

    private static @Nullable Double tenth(@Nullable Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}

package io.loopdesk.reporting.monthly;

import io.loopdesk.reporting.Figures;
import io.loopdesk.reporting.PeriodReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The report's written summary, made from the figures: volume and its change against the month before, how quickly
 * and how well the desk answered, what customers thought, and where the problems were. Sentences whose figures are
 * missing (no ratings, no SLA targets settled) are left out rather than written with blanks.
 */
final class MonthlySummary {

    private MonthlySummary() {}

    static String write(PeriodReport month, Figures before, MessageSource messages, Locale locale) {
        Figures t = month.totals();
        List<String> sentences = new ArrayList<>();
        sentences.add(say(messages, locale, "report.summary.volume", t.received(), t.solved(), t.closed()));
        if (before.received() > 0) {
            double change = (t.received() - before.received()) * 100.0 / before.received();
            sentences.add(say(
                    messages,
                    locale,
                    change >= 0 ? "report.summary.up" : "report.summary.down",
                    before.received(),
                    String.format(Locale.ROOT, "%.1f", Math.abs(change))));
        }
        if (t.firstResponse().mean() != null) {
            sentences.add(say(
                    messages,
                    locale,
                    "report.summary.speed",
                    hours(t.firstResponse().mean()),
                    hours(t.resolutionBusiness().median())));
        }
        Figures.Attainment first = t.sla().get("FIRST_RESPONSE");
        Figures.Attainment resolution = t.sla().get("RESOLUTION");
        if (first.attained() != null || resolution.attained() != null) {
            sentences.add(say(
                    messages,
                    locale,
                    "report.summary.sla",
                    MonthlyReport.percent(first.attained()),
                    MonthlyReport.percent(resolution.attained()),
                    first.breached() + resolution.breached()));
        }
        if (t.firstContactResolutionRate() != null) {
            sentences.add(say(
                    messages,
                    locale,
                    "report.summary.quality",
                    MonthlyReport.percent(t.firstContactResolutionRate()),
                    MonthlyReport.percent(t.reopenRate())));
        }
        if (t.satisfaction().rated() > 0) {
            sentences.add(say(
                    messages,
                    locale,
                    "report.summary.satisfaction",
                    t.satisfaction().rated(),
                    MonthlyReport.percent(t.satisfaction().satisfied()),
                    MonthlyReport.percent(t.satisfaction().dissatisfied())));
        }
        if (!month.topCategories().isEmpty() && t.received() > 0) {
            PeriodReport.Breakdown top = month.topCategories().getFirst();
            sentences.add(say(
                    messages,
                    locale,
                    "report.summary.topCategory",
                    top.label(),
                    top.figures().received(),
                    String.format(Locale.ROOT, "%.1f", top.figures().received() * 100.0 / t.received())));
        }
        if (!month.topProducts().isEmpty()) {
            sentences.add(say(
                    messages,
                    locale,
                    "report.summary.topProduct",
                    month.topProducts().getFirst().label(),
                    month.topProducts().getFirst().figures().received()));
        }
        if (t.complaints() > 0) {
            sentences.add(say(messages, locale, "report.summary.complaints", t.complaints()));
        }
        return String.join(Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? "" : " ", sentences);
    }

    private static String hours(@Nullable Number seconds) {
        return seconds == null ? "–" : String.format(Locale.ROOT, "%.1f", seconds.doubleValue() / 3600);
    }

    private static String say(MessageSource messages, Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

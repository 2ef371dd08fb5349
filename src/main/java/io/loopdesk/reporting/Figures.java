package io.loopdesk.reporting;

import io.loopdesk.reporting.rollup.DurationHistogram;
import io.loopdesk.reporting.rollup.Measure;
import io.loopdesk.reporting.rollup.Spread;
import io.loopdesk.reporting.rollup.Tally;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every metric of one period and breakdown value (REQUIREMENTS §9). Rates are shares from 0 to 1, {@code null}
 * where there is nothing to divide by; durations are in seconds.
 *
 * @param sla per SLA target ({@code FIRST_RESPONSE}, {@code NEXT_RESPONSE}, {@code RESOLUTION},
 *     {@code EXPECTED_RESOLUTION} — the marketplace rule, {@code RESULT_NOTICE} — the customer told the result), the
 *     targets settled in the period
 */
public record Figures(
        long received,
        long solved,
        long closed,
        long reopened,
        Durations firstResponse,
        Durations firstResponseBusiness,
        Durations resolution,
        Durations resolutionBusiness,
        Map<String, Attainment> sla,
        long firstContactResolved,
        @Nullable Double firstContactResolutionRate,
        @Nullable Double reopenRate,
        @Nullable Double transferRate,
        @Nullable Double escalationRate,
        long dispatches,
        long complaints,
        Satisfaction satisfaction,
        Quality quality) {

    /** The quality inspections that became final: how many, and their mean score (0–100). */
    public record Quality(long inspected, @Nullable Double meanScore) {}

    /** Mean, median and 90th percentile of a duration, in seconds; percentiles to three significant digits. */
    public record Durations(
            long count,
            @Nullable Double mean,
            @Nullable Long median,
            @Nullable Long p90) {}

    /** How many SLA targets were met and breached, and the share met. */
    public record Attainment(
            long met, long breached, @Nullable Double attained) {}

    /**
     * The customers' ratings: the shares of the short form's four answers, the mean score (1–5) of each dimension
     * among those who scored it, how many of the solved tickets were rated, and the net promoter score (promoters'
     * share less detractors', −100 to 100) of those asked.
     *
     * @param satisfied the customers satisfied or very satisfied (CSAT as usually quoted)
     */
    public record Satisfaction(
            long rated,
            @Nullable Double speed,
            @Nullable Double expertise,
            @Nullable Double resolution,
            @Nullable Double attitude,
            @Nullable Double verySatisfied,
            @Nullable Double satisfied,
            @Nullable Double neutral,
            @Nullable Double dissatisfied,
            @Nullable Double responseRate,
            long npsAnswered,
            @Nullable Double nps) {}

    /** The figures a tally adds up to. */
    public static Figures of(Tally t) {
        Map<String, Attainment> sla = new LinkedHashMap<>();
        for (String target :
                new String[] {"FIRST_RESPONSE", "NEXT_RESPONSE", "RESOLUTION", "EXPECTED_RESOLUTION", "RESULT_NOTICE"
                }) {
            long met = t.get(Measure.valueOf(target + "_MET"));
            long breached = t.get(Measure.valueOf(target + "_BREACHED"));
            sla.put(target, new Attainment(met, breached, share(met, met + breached)));
        }
        long rated = t.get(Measure.RATED);
        long solved = t.get(Measure.SOLVED);
        long received = t.get(Measure.RECEIVED);
        return new Figures(
                received,
                solved,
                t.get(Measure.CLOSED),
                t.get(Measure.REOPENED),
                durations(t.get(Measure.RESPONDED), t.get(Measure.RESPONSE_SECONDS), t.spread(Spread.RESPONSE)),
                durations(
                        t.get(Measure.RESPONDED),
                        t.get(Measure.RESPONSE_BUSINESS_SECONDS),
                        t.spread(Spread.RESPONSE_BUSINESS)),
                durations(solved, t.get(Measure.RESOLUTION_SECONDS), t.spread(Spread.RESOLUTION)),
                durations(solved, t.get(Measure.RESOLUTION_BUSINESS_SECONDS), t.spread(Spread.RESOLUTION_BUSINESS)),
                sla,
                t.get(Measure.FIRST_CONTACT_RESOLVED),
                share(t.get(Measure.FIRST_CONTACT_RESOLVED), solved),
                share(t.get(Measure.REOPENED), solved),
                share(t.get(Measure.TRANSFERRED), received),
                share(t.get(Measure.ESCALATED), received),
                t.get(Measure.DISPATCHES),
                t.get(Measure.COMPLAINTS),
                new Satisfaction(
                        rated,
                        mean(t.get(Measure.RATING_SPEED_SUM), t.get(Measure.RATING_SPEED_COUNT)),
                        mean(t.get(Measure.RATING_EXPERTISE_SUM), t.get(Measure.RATING_EXPERTISE_COUNT)),
                        mean(t.get(Measure.RATING_RESOLUTION_SUM), t.get(Measure.RATING_RESOLUTION_COUNT)),
                        mean(t.get(Measure.RATING_ATTITUDE_SUM), t.get(Measure.RATING_ATTITUDE_COUNT)),
                        share(t.get(Measure.VERY_SATISFIED), rated),
                        share(t.get(Measure.SATISFIED) + t.get(Measure.VERY_SATISFIED), rated),
                        share(t.get(Measure.NEUTRAL), rated),
                        share(t.get(Measure.DISSATISFIED), rated),
                        share(rated, solved),
                        t.get(Measure.NPS_ANSWERED),
                        nps(t)),
                new Quality(
                        t.get(Measure.QA_INSPECTED),
                        t.get(Measure.QA_INSPECTED) <= 0
                                ? null
                                : t.get(Measure.QA_SCORE_TENTHS_SUM) / 10.0 / t.get(Measure.QA_INSPECTED)));
    }

    private static Durations durations(long count, long sum, DurationHistogram spread) {
        if (count <= 0) {
            return new Durations(0, null, null, null);
        }
        return new Durations(count, (double) sum / count, spread.percentile(0.5), spread.percentile(0.9));
    }

    private static @Nullable Double share(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }

    private static @Nullable Double nps(Tally t) {
        long answered = t.get(Measure.NPS_ANSWERED);
        return answered <= 0 ? null : 100.0 * (t.get(Measure.NPS_PROMOTERS) - t.get(Measure.NPS_DETRACTORS)) / answered;
    }

    private static @Nullable Double mean(long sum, long count) {
        return count <= 0 ? null : (double) sum / count;
    }

    /** Seconds as hours to two decimals, as tables for spreadsheets show durations; {@code null} stays unknown. */
    public static @Nullable Double hours(@Nullable Number seconds) {
        return seconds == null ? null : Math.round(seconds.doubleValue() / 36.0) / 100.0;
    }

    /** A share (0–1) as a percentage to one decimal, as tables for spreadsheets show rates. */
    public static @Nullable Double percent(@Nullable Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }
}

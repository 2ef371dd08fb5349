package io.loopdesk.reporting.rollup;

import io.loopdesk.reporting.Dimension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one ticket adds to the rollups: each measure on the day of its moment in the tenant's time zone, under
 * every breakdown the ticket has a value for (its current team, agent, categories, channel, urgency, product). A
 * ticket that moves to another team moves all it counted with it, so figures always describe tickets as they are.
 */
public final class Contributions {

    /** The breakdowns rollups keep; across tenants is the {@link Dimension#ALL} rows of every tenant. */
    public static final Dimension[] KEPT = {
        Dimension.ALL,
        Dimension.TEAM,
        Dimension.AGENT,
        Dimension.CATEGORY,
        Dimension.CATEGORY_ROOT,
        Dimension.CHANNEL,
        Dimension.URGENCY,
        Dimension.PRODUCT
    };

    private Contributions() {}

    /** The ticket's contributions by rollup row; none for {@code null} (a ticket not counted before). */
    public static Map<RollupKey, Tally> of(@Nullable TicketFact fact, ZoneId zone) {
        if (fact == null) {
            return Map.of();
        }
        Map<LocalDate, Tally> days = new TreeMap<>();
        Tally received = day(days, fact.registeredAt(), zone).add(Measure.RECEIVED, 1);
        if (fact.transfers() > 0) {
            received.add(Measure.TRANSFERRED, 1);
        }
        if (fact.escalations() > 0) {
            received.add(Measure.ESCALATED, 1);
        }
        if (fact.dispatches() > 0) {
            received.add(Measure.DISPATCHED, 1).add(Measure.DISPATCHES, fact.dispatches());
        }
        if (fact.complaint()) {
            received.add(Measure.COMPLAINTS, 1);
        }
        if (fact.firstResponseAt() != null) {
            day(days, fact.firstResponseAt(), zone)
                    .add(Measure.RESPONDED, 1)
                    .add(Measure.RESPONSE_SECONDS, fact.responseSeconds())
                    .add(Measure.RESPONSE_BUSINESS_SECONDS, fact.responseBusinessSeconds())
                    .addDuration(Spread.RESPONSE, fact.responseSeconds())
                    .addDuration(Spread.RESPONSE_BUSINESS, fact.responseBusinessSeconds());
        }
        if (fact.firstSolvedAt() != null) {
            Tally solved = day(days, fact.firstSolvedAt(), zone)
                    .add(Measure.SOLVED, 1)
                    .add(Measure.RESOLUTION_SECONDS, fact.resolutionSeconds())
                    .add(Measure.RESOLUTION_BUSINESS_SECONDS, fact.resolutionBusinessSeconds())
                    .addDuration(Spread.RESOLUTION, fact.resolutionSeconds())
                    .addDuration(Spread.RESOLUTION_BUSINESS, fact.resolutionBusinessSeconds());
            if (fact.firstContactResolved()) {
                solved.add(Measure.FIRST_CONTACT_RESOLVED, 1);
            }
        }
        if (fact.closedAt() != null) {
            day(days, fact.closedAt(), zone).add(Measure.CLOSED, 1);
        }
        if (fact.firstReopenedAt() != null) {
            day(days, fact.firstReopenedAt(), zone).add(Measure.REOPENED, 1);
        }
        TicketFact.Rated rating = fact.rating();
        if (rating != null) {
            Tally rated =
                    day(days, rating.at(), zone).add(Measure.RATED, 1).add(Measure.valueOf(rating.satisfaction()), 1);
            score(rated, rating.speed(), Measure.RATING_SPEED_SUM, Measure.RATING_SPEED_COUNT);
            score(rated, rating.expertise(), Measure.RATING_EXPERTISE_SUM, Measure.RATING_EXPERTISE_COUNT);
            score(rated, rating.resolution(), Measure.RATING_RESOLUTION_SUM, Measure.RATING_RESOLUTION_COUNT);
            score(rated, rating.attitude(), Measure.RATING_ATTITUDE_SUM, Measure.RATING_ATTITUDE_COUNT);
            if (rating.nps() != null) {
                rated.add(Measure.NPS_ANSWERED, 1);
                if (rating.nps() >= 9) {
                    rated.add(Measure.NPS_PROMOTERS, 1);
                } else if (rating.nps() <= 6) {
                    rated.add(Measure.NPS_DETRACTORS, 1);
                }
            }
        }
        TicketFact.Inspected quality = fact.quality();
        if (quality != null) {
            day(days, quality.at(), zone)
                    .add(Measure.QA_INSPECTED, 1)
                    .add(Measure.QA_SCORE_TENTHS_SUM, quality.scoreTenths());
        }
        for (TicketFact.SlaResult result : fact.sla()) {
            day(days, result.at(), zone)
                    .add(Measure.valueOf(result.target() + (result.met() ? "_MET" : "_BREACHED")), 1);
        }

        Map<Dimension, String> values = values(fact);
        Map<RollupKey, Tally> contributions = new HashMap<>();
        days.forEach((day, tally) -> values.forEach(
                (dimension, value) -> contributions.put(new RollupKey(fact.tenantId(), dimension, value, day), tally)));
        return contributions;
    }

    private static void score(Tally rated, @Nullable Integer score, Measure sum, Measure count) {
        if (score != null) {
            rated.add(sum, score).add(count, 1);
        }
    }

    /** What {@code after} adds to the rollups that {@code before} did not: negative where it counts less. */
    public static Map<RollupKey, Tally> difference(
            @Nullable TicketFact before, @Nullable TicketFact after, ZoneId zoneBefore, ZoneId zoneAfter) {
        Map<RollupKey, Tally> delta = new HashMap<>();
        of(after, zoneAfter)
                .forEach((key, tally) ->
                        delta.computeIfAbsent(key, k -> new Tally()).merge(tally));
        of(before, zoneBefore)
                .forEach((key, tally) ->
                        delta.computeIfAbsent(key, k -> new Tally()).subtract(tally));
        delta.values().removeIf(Tally::isZero);
        return delta;
    }

    /** The words and phrases the ticket adds to its month of registration: one ticket each. */
    public static Map<TermKey, Long> terms(@Nullable TicketFact fact, ZoneId zone) {
        if (fact == null) {
            return Map.of();
        }
        YearMonth month = YearMonth.from(fact.registeredAt().atZone(zone));
        Map<TermKey, Long> terms = new HashMap<>();
        fact.words().forEach(word -> terms.put(new TermKey(month, false, word), 1L));
        fact.phrases().forEach(phrase -> terms.put(new TermKey(month, true, phrase), 1L));
        return terms;
    }

    /** What {@code after} adds to the word counts that {@code before} did not: negative where it counts less. */
    public static Map<TermKey, Long> termDifference(
            @Nullable TicketFact before, @Nullable TicketFact after, ZoneId zoneBefore, ZoneId zoneAfter) {
        Map<TermKey, Long> delta = new HashMap<>(terms(after, zoneAfter));
        terms(before, zoneBefore).forEach((key, count) -> delta.merge(key, -count, Long::sum));
        delta.values().removeIf(count -> count == 0);
        return delta;
    }

    /**
     * Where the ticket counts in the open backlog: one row under each breakdown while it is open, on its day of
     * registration in the tenant's time zone; none once it is solved.
     */
    public static Map<BacklogKey, Long> backlog(@Nullable TicketFact fact, ZoneId zone) {
        if (fact == null || fact.openStatus() == null) {
            return Map.of();
        }
        long day = LocalDate.ofInstant(fact.registeredAt(), zone).toEpochDay();
        Map<BacklogKey, Long> rows = new HashMap<>();
        values(fact)
                .forEach((dimension, value) -> rows.put(new BacklogKey(dimension, value, fact.openStatus(), day), 1L));
        return rows;
    }

    /** What {@code after} adds to the open backlog that {@code before} did not: negative where it counts less. */
    public static Map<BacklogKey, Long> backlogDifference(
            @Nullable TicketFact before, @Nullable TicketFact after, ZoneId zoneBefore, ZoneId zoneAfter) {
        Map<BacklogKey, Long> delta = new HashMap<>(backlog(after, zoneAfter));
        backlog(before, zoneBefore).forEach((key, count) -> delta.merge(key, -count, Long::sum));
        delta.values().removeIf(count -> count == 0);
        return delta;
    }

    private static Map<Dimension, String> values(TicketFact fact) {
        Map<Dimension, String> values = new EnumMap<>(Dimension.class);
        values.put(Dimension.ALL, "");
        values.put(Dimension.TEAM, fact.teamId() == null ? "" : fact.teamId().toString());
        values.put(Dimension.AGENT, fact.agentId() == null ? "" : fact.agentId().toString());
        values.put(Dimension.CATEGORY, fact.category() == null ? "" : fact.category());
        values.put(Dimension.CATEGORY_ROOT, fact.categoryRoot() == null ? "" : fact.categoryRoot());
        values.put(Dimension.CHANNEL, fact.channel());
        values.put(Dimension.URGENCY, fact.urgency());
        values.put(Dimension.PRODUCT, product(fact.product()));
        return values;
    }

    /** Products as people type them: one breakdown value however they are spaced. */
    public static String product(@Nullable String product) {
        if (product == null || product.isBlank()) {
            return "";
        }
        String value = product.strip().replaceAll("\\s+", " ");
        return value.length() > 200 ? value.substring(0, 200) : value;
    }

    private static Tally day(Map<LocalDate, Tally> days, Instant at, ZoneId zone) {
        return days.computeIfAbsent(LocalDate.ofInstant(at, zone), d -> new Tally());
    }
}

package io.loopdesk.reporting.rollup;

import io.loopdesk.quality.Inspections;
import io.loopdesk.reporting.words.FeedbackWords;
import io.loopdesk.routing.HandoverCounts;
import io.loopdesk.sla.BusinessTime;
import io.loopdesk.sla.SlaOutcome;
import io.loopdesk.sla.SlaOutcomes;
import io.loopdesk.survey.RatingView;
import io.loopdesk.survey.Ratings;
import io.loopdesk.ticket.measure.TicketMeasure;
import io.loopdesk.ticket.measure.TicketMeasures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Derives tickets' facts from the modules that own what they count, a batch at a time: the ticket's row, history
 * and messages; its handovers; its rating; its SLA outcomes; business time in the tenant's calendar.
 */
@Component
public class FactSources {

    private final TicketMeasures tickets;
    private final HandoverCounts handovers;
    private final Ratings ratings;
    private final BusinessTime businessTime;
    private final SlaOutcomes outcomes;
    private final FeedbackWords words;
    private final Inspections quality;

    FactSources(
            TicketMeasures tickets,
            HandoverCounts handovers,
            Ratings ratings,
            BusinessTime businessTime,
            SlaOutcomes outcomes,
            FeedbackWords words,
            Inspections quality) {
        this.tickets = tickets;
        this.handovers = handovers;
        this.ratings = ratings;
        this.businessTime = businessTime;
        this.outcomes = outcomes;
        this.words = words;
        this.quality = quality;
    }

    /** The facts of those tickets that exist; a ticket that is gone has none. */
    public List<TicketFact> derive(long tenantId, Collection<Long> ticketIds) {
        List<TicketMeasure> measures = tickets.of(tenantId, ticketIds);
        List<String> numbers = measures.stream().map(TicketMeasure::number).toList();
        Map<String, HandoverCounts.Counts> handed = handovers.of(tenantId, numbers);
        Map<String, RatingView> rated = ratings.ofTickets(tenantId, numbers);
        Map<String, Inspections.Scored> inspections = quality.scoresOf(tenantId, numbers);
        BusinessTime.Meter calendar = businessTime.ofTenant(tenantId);
        Map<Long, List<TicketFact.SlaResult>> settled = new java.util.HashMap<>();
        for (SlaOutcome outcome : outcomes.ofTickets(tenantId, ticketIds)) {
            settled.computeIfAbsent(outcome.ticketId(), id -> new ArrayList<>())
                    .add(new TicketFact.SlaResult(
                            outcome.target().name(), outcome.cycle(), outcome.met(), outcome.settledAt()));
        }
        List<TicketFact> facts = new ArrayList<>(measures.size());
        for (TicketMeasure m : measures) {
            HandoverCounts.Counts counts = handed.getOrDefault(m.number(), HandoverCounts.Counts.NONE);
            RatingView rating = rated.get(m.number());
            FeedbackWords.Terms terms = words.of(m.text());
            boolean firstContact = m.firstSolvedAt() != null
                    && m.staffRepliesToSolve() == 1
                    && m.reopenCount() == 0
                    && counts.transfers() == 0;
            facts.add(new TicketFact(
                    m.ticketId(),
                    m.tenantId(),
                    m.number(),
                    m.teamId(),
                    m.assigneeId(),
                    m.category(),
                    m.categoryRoot(),
                    m.channel().name(),
                    m.urgency().name(),
                    Contributions.product(m.product()),
                    m.registeredAt(),
                    m.firstResponseAt(),
                    seconds(m.registeredAt(), m.firstResponseAt()),
                    businessSeconds(calendar, m.registeredAt(), m.firstResponseAt()),
                    m.firstSolvedAt(),
                    seconds(m.registeredAt(), m.firstSolvedAt()),
                    businessSeconds(calendar, m.registeredAt(), m.firstSolvedAt()),
                    m.closedAt(),
                    m.firstReopenedAt(),
                    firstContact,
                    counts.transfers(),
                    counts.dispatches(),
                    counts.escalations(),
                    m.complaint(),
                    rating == null ? null : rated(rating),
                    settled.getOrDefault(m.ticketId(), List.of()).stream()
                            .sorted(java.util.Comparator.comparing(TicketFact.SlaResult::target)
                                    .thenComparingInt(TicketFact.SlaResult::cycle))
                            .toList(),
                    terms.words(),
                    terms.phrases(),
                    m.status().isOpen() ? m.status().name() : null,
                    inspected(inspections.get(m.number()))));
        }
        return facts;
    }

    private static TicketFact.@Nullable Inspected inspected(Inspections.@Nullable Scored scored) {
        return scored == null
                ? null
                : new TicketFact.Inspected(
                        scored.at(), scored.score().movePointRight(1).intValue());
    }

    private static TicketFact.Rated rated(RatingView rating) {
        var scores = rating.scores();
        return new TicketFact.Rated(
                rating.createdAt(),
                scores.responseSpeed(),
                scores.expertise(),
                scores.resolution(),
                scores.attitude(),
                scores.satisfaction().name(),
                scores.nps());
    }

    private static long seconds(Instant from, @Nullable Instant to) {
        return to == null ? 0 : Math.max(0, Duration.between(from, to).getSeconds());
    }

    private static long businessSeconds(BusinessTime.Meter calendar, Instant from, @Nullable Instant to) {
        return to == null || !to.isAfter(from) ? 0 : calendar.between(from, to).getSeconds();
    }
}

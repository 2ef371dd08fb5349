package io.loopdesk.survey;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException.Kind;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Satisfaction ratings: the customer who raised a ticket rates it once it is solved, once. */
@Service
public class Ratings {

    private final RatingRepository ratings;
    private final TicketQueries tickets;
    private final Tickets ticketUpdates;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separately;
    private final Clock clock;

    Ratings(
            RatingRepository ratings,
            TicketQueries tickets,
            Tickets ticketUpdates,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.ratings = ratings;
        this.tickets = tickets;
        this.ticketUpdates = ticketUpdates;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Records the rating of {@code actor}, who must be the customer of the ticket.
     *
     * @throws RatingRefusedException with the reason; nothing is stored
     */
    public RatingView rate(String ticketNumber, Scores scores, Actor actor) {
        refuseBad(scores);
        TicketView ticket = tickets.get(ticketNumber, actor);
        if (!actor.isCustomer()
                || ticket.requesterId() == null
                || !ticket.requesterId().equals(actor.userId())) {
            throw new RatingRefusedException(
                    Kind.FORBIDDEN, "error.survey.forbidden.rate", "Only the customer who raised a ticket rates it.");
        }
        return TenantScope.of(actor, () -> store(ticket, scores, actor.userId(), actor));
    }

    /**
     * Records the rating of the ticket's customer, made sure of in another way than a sign-in (the survey link sent
     * to them); the rating names their account if the ticket has one.
     *
     * @throws RatingRefusedException with the reason; nothing is stored
     */
    public RatingView rateAsCustomer(String ticketNumber, long tenantId, Scores scores) {
        refuseBad(scores);
        return TenantScope.inTenant(tenantId, () -> {
            Actor system = Actor.system(tenantId);
            TicketView ticket = tickets.get(ticketNumber, system);
            return store(ticket, scores, ticket.requesterId(), system);
        });
    }

    private static void refuseBad(Scores scores) {
        List<FieldProblem> problems = scores.problems();
        if (!problems.isEmpty()) {
            throw new RatingRefusedException(problems);
        }
    }

    private RatingView store(TicketView ticket, Scores scores, @Nullable Long customerId, Actor actor) {
        if (ticket.status() != TicketStatus.RESOLVED && ticket.status() != TicketStatus.CLOSED) {
            // the ticket's status is what is wrong with the request, as a field: 400 naming it, like a bad score
            throw new RatingRefusedException(
                    "A ticket is rated once it is solved.",
                    List.of(new FieldProblem(
                            "status",
                            "survey.notSolved",
                            "A ticket is rated once it is solved; it is " + ticket.status() + ".",
                            List.of())));
        }
        try {
            return transactions.execute(status -> {
                if (ratings.existsByTicketNumber(ticket.number())) {
                    throw new RatingRefusedException(
                            Kind.CONFLICT, "error.survey.rated", "This ticket has been rated already.");
                }
                Instant now = clock.instant();
                Rating rating =
                        ratings.saveAndFlush(new Rating(ticket.tenantId(), ticket.number(), customerId, scores, now));
                // lists show the rating from the ticket: both commit together or neither does
                ticketUpdates.recordRating(ticket.number(), scores.summary(), actor);
                events.publishEvent(new TicketRated(ticket.number(), ticket.tenantId(), customerId, scores, now));
                return rating.view();
            });
        } catch (DataIntegrityViolationException refused) {
            // someone rated it at the same moment only if their rating is there now; any other refusal is a fault
            Boolean rated = separately.execute(status -> ratings.existsByTicketNumber(ticket.number()));
            if (Boolean.TRUE.equals(rated)) {
                throw new RatingRefusedException(
                        Kind.CONFLICT, "error.survey.rated", "This ticket has been rated already.");
            }
            throw refused;
        }
    }

    /** The rating of a ticket the actor can see, if it has one. */
    public Optional<RatingView> of(String ticketNumber, Actor actor) {
        TicketView ticket = tickets.get(ticketNumber, actor);
        return TenantScope.of(
                actor,
                () -> transactions.execute(
                        status -> ratings.findByTicketNumber(ticket.number()).map(Rating::view)));
    }

    /**
     * The ratings of the tenant's tickets with these numbers, by number, for reports: the system reads them in the
     * tenant's scope.
     */
    public Map<String, RatingView> ofTickets(long tenantId, Collection<String> ticketNumbers) {
        if (ticketNumbers.isEmpty()) {
            return Map.of();
        }
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> {
                    Map<String, RatingView> byNumber = new HashMap<>();
                    List<String> numbers = List.copyOf(ticketNumbers);
                    for (int from = 0; from < numbers.size(); from += 500) {
                        for (Rating rating : ratings.findByTenantIdAndTicketNumberIn(
                                tenantId, numbers.subList(from, Math.min(numbers.size(), from + 500)))) {
                            byNumber.put(rating.view().ticketNumber(), rating.view());
                        }
                    }
                    return byNumber;
                }));
    }
}

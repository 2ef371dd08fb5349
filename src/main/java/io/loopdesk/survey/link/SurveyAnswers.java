package io.loopdesk.survey.link;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.survey.Ratings;
import io.loopdesk.survey.Scores;
import io.loopdesk.survey.SurveyRules;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey behind a link, without a sign-in: what it asks, and taking the customer's one answer, which confirms and
 * rates the ticket or reopens it, all or nothing.
 */
@Service
public class SurveyAnswers {

    /** What the page behind a link shows. */
    public enum Stage {
        /** Ask whether the solution works; then rate, or say why not. */
        ASK,
        /** Confirmed already (elsewhere or by the auto-close rule): ask for the rating only. */
        RATE,
        /** Answered through this link. */
        ANSWERED,
        /** Past its lifetime. */
        EXPIRED,
        /** The ticket moved on (reopened, or closed unrated): the solution asked about is not current. */
        NOT_CURRENT
    }

    /** A survey as its page shows it. */
    public record Survey(
            SurveyLink link,
            Stage stage,
            TicketView ticket,
            @Nullable String solution,
            String tenant,
            boolean askNps) {}

    private final SurveyLinks links;
    private final TicketQueries queries;
    private final Tickets tickets;
    private final Ratings ratings;
    private final Tenants tenants;
    private final SurveyRules rules;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SurveyAnswers(
            SurveyLinks links,
            TicketQueries queries,
            Tickets tickets,
            Ratings ratings,
            Tenants tenants,
            SurveyRules rules,
            MessageSource messages,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.links = links;
        this.queries = queries;
        this.tickets = tickets;
        this.ratings = ratings;
        this.tenants = tenants;
        this.rules = rules;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The survey a token opens; empty when it is no token of ours. */
    public Optional<Survey> open(String token) {
        return links.find(token)
                .map(link -> TenantScope.inTenant(link.tenantId(), () -> {
                    TicketView ticket = queries.get(link.ticketNumber(), Actor.system(link.tenantId()));
                    return new Survey(
                            link,
                            stage(link, ticket),
                            ticket,
                            solution(ticket),
                            tenants.byId(link.tenantId()).map(t -> t.name()).orElse(""),
                            rules.of(link.tenantId()).askNps());
                }));
    }

    /**
     * Takes the customer's answer: all of it or nothing (the link is answered, the ticket confirmed or reopened and
     * rated in one transaction).
     *
     * @throws SurveyRefusedException when the link cannot take it, or the answer misses scores or a reason
     * @throws io.loopdesk.shared.DomainException from the ticket or rating rules, e.g. rated already
     */
    public void answer(String token, SurveyAnswer answer, Locale locale) {
        SurveyLink link = links.find(token).orElseThrow(SurveyRefusedException::notCurrent);
        if (answer.kind() == SurveyAnswer.Kind.REOPENED
                && (answer.reason() == null || answer.reason().isBlank())) {
            throw SurveyRefusedException.missing("reason", "survey.reason.required", "Say what is still wrong.");
        }
        if (answer.kind() != SurveyAnswer.Kind.REOPENED && answer.scores() == null) {
            throw SurveyRefusedException.missing(
                    "overall", "rating.overall.required", "Say how satisfied you are with the service.");
        }
        TenantScope.inTenant(
                link.tenantId(),
                () -> transactions.executeWithoutResult(status -> {
                    TicketView ticket = queries.get(link.ticketNumber(), Actor.system(link.tenantId()));
                    Stage stage = stage(link, ticket);
                    switch (stage) {
                        case ANSWERED -> throw SurveyRefusedException.answered();
                        case EXPIRED -> throw SurveyRefusedException.expired();
                        case NOT_CURRENT -> throw SurveyRefusedException.notCurrent();
                        default -> {}
                    }
                    if (!links.claim(link, answer.kind())) {
                        throw SurveyRefusedException.answered();
                    }
                    String via = messages.getMessage("survey.link.actor", null, "Customer (survey link)", locale);
                    switch (answer.kind()) {
                        case CONFIRMED, RATED -> {
                            if (ticket.status() == TicketStatus.AWAITING_CONFIRMATION) {
                                tickets.changeStatusAsCustomer(
                                        ticket.number(), link.tenantId(), TicketStatus.RESOLVED, null, via);
                            }
                            Scores scores = answer.scores();
                            if (scores != null) {
                                ratings.rateAsCustomer(ticket.number(), link.tenantId(), scores);
                            }
                        }
                        case REOPENED ->
                            tickets.changeStatusAsCustomer(
                                    ticket.number(), link.tenantId(), TicketStatus.IN_PROGRESS, answer.reason(), via);
                    }
                }));
    }

    private Stage stage(SurveyLink link, TicketView ticket) {
        if (link.answered()) {
            return Stage.ANSWERED;
        }
        if (link.expiredAt(clock.instant())) {
            return Stage.EXPIRED;
        }
        boolean newest = links.latest(link.tenantId(), link.ticketNumber())
                .map(latest -> latest.roundId() == link.roundId())
                .orElse(false);
        if (!newest) {
            return Stage.NOT_CURRENT;
        }
        return switch (ticket.status()) {
            case AWAITING_CONFIRMATION -> Stage.ASK;
            case RESOLVED, CLOSED -> ticket.rating() == null ? Stage.RATE : Stage.ANSWERED;
            default -> Stage.NOT_CURRENT;
        };
    }

    /** The newest public reply from staff: what the customer is asked to confirm, as the page and the notices quote it. */
    public @Nullable String solution(TicketView ticket) {
        List<MessageView> replies = queries.messages(ticket.number(), Actor.system(ticket.tenantId())).stream()
                .filter(m -> m.kind() == MessageKind.PUBLIC_REPLY && !m.fromCustomer())
                .toList();
        return replies.isEmpty() ? null : replies.getLast().body();
    }
}

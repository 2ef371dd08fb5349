package io.loopdesk.routing.transfer;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.routing.RoutingPolicies;
import io.loopdesk.routing.RoutingRefusedException;
import io.loopdesk.routing.RoutingRules;
import io.loopdesk.routing.Teams;
import io.loopdesk.routing.duty.Workloads;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A ticket changing hands on purpose: transfer (转单) to a colleague or team, dispatch (派单) to the platform's own
 * support, escalation to the next level. Each is recorded as a handover and in the ticket's history; a transfer
 * first tells the customer their question went to the right colleague.
 */
@Service
public class Transfers {

    private final Tickets tickets;
    private final TicketQueries queries;
    private final HandoverRepository handovers;
    private final Workloads workloads;
    private final RoutingPolicies policies;
    private final Teams teams;
    private final Tenants tenants;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Transfers(
            Tickets tickets,
            TicketQueries queries,
            HandoverRepository handovers,
            Workloads workloads,
            RoutingPolicies policies,
            Teams teams,
            Tenants tenants,
            MessageSource messages,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.tickets = tickets;
        this.queries = queries;
        this.handovers = handovers;
        this.workloads = workloads;
        this.policies = policies;
        this.teams = teams;
        this.tenants = tenants;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Passes the ticket to another agent and/or team with a handover note. The customer gets the standard "passed
     * to the right colleague" reply first, then the ticket moves; all or nothing.
     */
    public HandoverView transfer(
            String number, @Nullable Long toAgentId, @Nullable Long toTeamId, HandoverNote note, Actor actor) {
        requireHandler(actor);
        List<FieldProblem> problems = note.problems();
        if (!problems.isEmpty()) {
            throw new HandoverRefusedException(problems);
        }
        if (toAgentId == null && toTeamId == null) {
            throw new HandoverRefusedException(List.of(new FieldProblem(
                    "toAgentId", "routing.transfer.target", "Choose the colleague or the team the ticket goes to.")));
        }
        TicketView ticket = queries.get(number, actor);
        return TenantScope.of(
                actor,
                () -> transactions.execute(status -> {
                    Instant now = clock.instant();
                    tickets.addMessage(number, MessageKind.PUBLIC_REPLY, standardReply(ticket.tenantId()), actor);
                    if (actor.hasAny(Role.SUPERVISORS)) {
                        tickets.route(
                                number, toTeamId != null ? toTeamId : ticket.teamId(), toAgentId, note.text(), actor);
                    } else {
                        tickets.route(
                                number,
                                toTeamId != null ? toTeamId : ticket.teamId(),
                                toAgentId,
                                note.text(),
                                Actor.system());
                    }
                    tickets.annotate(number, "transfer", target(toAgentId, toTeamId), note.text(), actor);
                    return handovers
                            .save(Handover.transfer(
                                    ticket.tenantId(),
                                    number,
                                    ticket.assigneeId(),
                                    toAgentId,
                                    toTeamId,
                                    note.text(),
                                    actor.userId(),
                                    now))
                            .view();
                }));
    }

    /**
     * Sends the ticket up to the platform's own support with the problem they must solve (派单). The ticket stays
     * with the tenant, who may not close it until the platform has answered.
     */
    public HandoverView dispatch(String number, String problem, Actor actor) {
        requireHandler(actor);
        if (problem == null || problem.strip().length() < HandoverNote.MIN || problem.length() > HandoverNote.MAX) {
            throw new HandoverRefusedException(List.of(new FieldProblem(
                    "problem",
                    "routing.dispatch.problem",
                    "Describe what the platform's support must solve (" + HandoverNote.MIN + "–" + HandoverNote.MAX
                            + " characters).",
                    List.of(HandoverNote.MIN))));
        }
        TicketView ticket = queries.get(number, actor);
        if (openDispatch(number, actor) != null) {
            throw new RoutingRefusedException(
                    DomainException.Kind.CONFLICT,
                    "error.routing.dispatch.already",
                    "Ticket " + number + " is already with the platform's support.",
                    number);
        }
        return TenantScope.of(
                actor,
                () -> transactions.execute(status -> {
                    tickets.annotate(number, "dispatch", "PLATFORM", problem.strip(), actor);
                    return handovers
                            .save(Handover.dispatch(
                                    ticket.tenantId(),
                                    number,
                                    ticket.assigneeId(),
                                    problem.strip(),
                                    actor.userId(),
                                    clock.instant()))
                            .view();
                }));
    }

    /** The platform's support answers a dispatch; the tenant may then close the ticket. Platform operators only. */
    public HandoverView completeDispatch(long handoverId, String answer, Actor actor) {
        if (!actor.has(Role.PLATFORM_OPERATOR)) {
            throw new RoutingRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    "error.routing.forbidden.dispatchAnswer",
                    "Only the platform's support completes a dispatch.");
        }
        if (answer == null || answer.isBlank()) {
            throw new HandoverRefusedException(List.of(
                    new FieldProblem("answer", "routing.dispatch.answer", "Write what the platform found and did.")));
        }
        return TenantScope.of(
                actor,
                () -> transactions.execute(status -> {
                    Handover dispatch = handovers
                            .findById(handoverId)
                            .filter(h -> h.view().kind() == HandoverKind.DISPATCH
                                    && h.view().open())
                            .orElseThrow(() -> new RoutingRefusedException(
                                    DomainException.Kind.NOT_FOUND,
                                    "error.routing.dispatch.unknown",
                                    "No open dispatch " + handoverId + ".",
                                    String.valueOf(handoverId)));
                    dispatch.close(clock.instant());
                    // the brand asked the platform by dispatching, so the answer lands on its ticket even where the
                    // brand has not authorised operators to work its tickets: written by the system, named in the note
                    Actor onTicket = Actor.system(dispatch.view().tenantId());
                    tickets.addMessage(
                            dispatch.view().ticketNumber(),
                            MessageKind.INTERNAL_NOTE,
                            "Platform support (" + actor.name() + "): " + answer.strip(),
                            onTicket);
                    tickets.annotate(dispatch.view().ticketNumber(), "dispatch", "ANSWERED", answer.strip(), onTicket);
                    return dispatch.view();
                }));
    }

    /** Open dispatches of every tenant, oldest first: the platform's support queue. */
    public List<HandoverView> openDispatches(Actor actor) {
        if (!actor.has(Role.PLATFORM_OPERATOR)) {
            throw new RoutingRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    "error.routing.forbidden.dispatchQueue",
                    "The dispatch queue is the platform's.");
        }
        return TenantScope.of(
                actor,
                () -> transactions.execute(
                        status -> handovers.findByKindAndOpenTrueOrderByCreatedAtAsc(HandoverKind.DISPATCH).stream()
                                .map(Handover::view)
                                .toList()));
    }

    /**
     * Moves the ticket up one level (first line → senior staff → complex-problem group) with a reason. It goes to
     * the level's team, unassigned, so an on-duty member of that team takes it.
     */
    public HandoverView escalate(String number, String reason, Actor actor) {
        requireHandler(actor);
        if (reason == null || reason.strip().length() < HandoverNote.MIN) {
            throw new HandoverRefusedException(List.of(new FieldProblem(
                    "reason",
                    "routing.escalation.reason",
                    "Give the reason for escalating (at least " + HandoverNote.MIN + " characters).",
                    List.of(HandoverNote.MIN))));
        }
        TicketView ticket = queries.get(number, actor);
        EscalationLevel next = levelOf(number, actor)
                .next()
                .orElseThrow(() -> new RoutingRefusedException(
                        DomainException.Kind.CONFLICT,
                        "error.routing.escalation.already",
                        "Ticket " + number + " is already with the complex-problem group.",
                        number));
        RoutingRules rules = policies.rules(ticket.tenantId());
        Long team = next == EscalationLevel.SENIOR ? rules.seniorTeamId() : rules.expertTeamId();
        if (team == null) {
            throw new RoutingRefusedException(
                    DomainException.Kind.CONFLICT,
                    "error.routing.escalation.noTeam",
                    "No team is set for the " + next + " level; a tenant admin sets it in the routing settings.",
                    String.valueOf(next));
        }
        return TenantScope.of(
                actor,
                () -> transactions.execute(status -> {
                    Instant now = clock.instant();
                    if (ticket.assigneeId() != null) {
                        workloads.release(ticketId(ticket));
                    }
                    tickets.route(number, team, null, reason.strip(), Actor.system());
                    tickets.annotate(number, "escalation", next.name(), reason.strip(), actor);
                    return handovers
                            .save(Handover.escalation(
                                    ticket.tenantId(),
                                    number,
                                    ticket.assigneeId(),
                                    team,
                                    next,
                                    reason.strip(),
                                    actor.userId(),
                                    now))
                            .view();
                }));
    }

    /** The ticket's handovers, oldest first. */
    public List<HandoverView> of(String number, Actor actor) {
        TicketView ticket = queries.get(number, actor);
        return TenantScope.of(
                actor,
                () -> transactions.execute(
                        status -> handovers.findByTicketNumberOrderByCreatedAtAsc(ticket.number()).stream()
                                .map(Handover::view)
                                .toList()));
    }

    /** The level the ticket is at: the last escalation's, or first line. */
    public EscalationLevel levelOf(String number, Actor actor) {
        return of(number, actor).stream()
                .filter(h -> h.kind() == HandoverKind.ESCALATION)
                .map(HandoverView::level)
                .reduce((first, second) -> second)
                .orElse(EscalationLevel.L1);
    }

    public @Nullable HandoverView openDispatch(String number, Actor actor) {
        return of(number, actor).stream()
                .filter(h -> h.kind() == HandoverKind.DISPATCH && h.open())
                .findFirst()
                .orElse(null);
    }

    private String standardReply(long tenantId) {
        Locale locale = tenants.byId(tenantId).map(t -> t.defaultLocale()).orElse(Locale.SIMPLIFIED_CHINESE);
        return messages.getMessage("routing.transfer.reply", null, locale);
    }

    private String target(@Nullable Long agent, @Nullable Long team) {
        return (team == null ? "" : "team " + team)
                + (agent == null ? "" : (team == null ? "" : ", ") + "agent " + agent);
    }

    private long ticketId(TicketView ticket) {
        return workloads.ticketIdOf(ticket.number());
    }

    private static void requireHandler(Actor actor) {
        if (!actor.hasAny(Role.HANDLERS)) {
            throw new RoutingRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    "error.routing.forbidden.handlers",
                    "Only the people handling tickets do this.");
        }
    }
}

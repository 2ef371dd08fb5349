package io.loopdesk.routing.incident;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.routing.Categories;
import io.loopdesk.routing.IncidentResolved;
import io.loopdesk.routing.RoutingRefusedException;
import io.loopdesk.routing.transfer.HandoverRefusedException;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.TicketLifecycle;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Major incidents (重大故障): declared by a supervisor or proposed by the system, tickets linked to them, and on
 * resolution every linked customer told with one message while their tickets move to awaiting confirmation.
 */
@Service
public class Incidents {

    private final IncidentRepository incidents;
    private final IncidentLinks links;
    private final Tickets tickets;
    private final TicketQueries queries;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Categories categories;

    Incidents(
            IncidentRepository incidents,
            IncidentLinks links,
            Tickets tickets,
            TicketQueries queries,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Categories categories,
            Clock clock) {
        this.categories = categories;
        this.incidents = incidents;
        this.links = links;
        this.tickets = tickets;
        this.queries = queries;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public IncidentView declare(String title, String description, @Nullable String category, Actor actor) {
        requireSupervisor(actor);
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new HandoverRefusedException(List.of(new FieldProblem(
                    "title", "routing.incident.title", "An incident needs a title of 1-300 characters.")));
        }
        if (category != null
                && !category.isBlank()
                && categories.find(actor.tenantId(), category.strip()).isEmpty()) {
            throw new HandoverRefusedException(List.of(new FieldProblem(
                    "category",
                    "routing.incident.category",
                    "No category " + (category.length() > 50 ? category.substring(0, 50) + "…" : category)
                            + " in this tenant.")));
        }
        String text = description == null ? "" : description.strip();
        return inScope(
                actor,
                () -> incidents
                        .save(new Incident(
                                actor.tenantId(),
                                title.strip(),
                                text.length() > 4000 ? text.substring(0, 4000) : text,
                                category == null || category.isBlank() ? null : category.strip(),
                                IncidentStatus.OPEN,
                                actor.userId(),
                                clock.instant()))
                        .view());
    }

    /** Links a ticket to an active incident, in the ticket's history too. */
    public IncidentView link(long incidentId, String number, Actor actor) {
        if (!actor.hasAny(Role.HANDLERS)) {
            throw new RoutingRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    "error.routing.forbidden.link",
                    "Only staff link tickets to incidents.");
        }
        TicketView ticket = queries.get(number, actor);
        return inScope(actor, () -> {
            Incident incident = active(incidentId);
            if (incident.view().tenantId() != ticket.tenantId()) {
                throw new RoutingRefusedException(
                        DomainException.Kind.NOT_FOUND,
                        "error.routing.incident.unknown",
                        "No incident " + incidentId + ".",
                        String.valueOf(incidentId));
            }
            if (incident.link(ticket.number())) {
                tickets.annotate(
                        ticket.number(),
                        "incident",
                        String.valueOf(incidentId),
                        incident.view().title(),
                        actor);
            }
            return incident.view();
        });
    }

    public IncidentView confirm(long incidentId, Actor actor) {
        requireSupervisor(actor);
        return inScope(actor, () -> {
            Incident incident = active(incidentId);
            incident.confirm(actor.userId());
            return incident.view();
        });
    }

    public IncidentView dismiss(long incidentId, Actor actor) {
        requireSupervisor(actor);
        return inScope(actor, () -> {
            Incident incident = active(incidentId);
            incident.dismiss(clock.instant());
            return incident.view();
        });
    }

    /**
     * Resolves the incident: every linked ticket still open gets {@code message} as a public reply and moves to
     * awaiting confirmation, so each customer confirms for themselves; all in one transaction.
     */
    public IncidentView resolve(long incidentId, String message, Actor actor) {
        requireSupervisor(actor);
        if (message == null || message.strip().length() < 5) {
            throw new HandoverRefusedException(List.of(new FieldProblem(
                    "message",
                    "routing.incident.message",
                    "Write what the customers are told (at least 5 characters).")));
        }
        return inScope(actor, () -> {
            Incident incident = active(incidentId);
            Instant now = clock.instant();
            for (String number : incident.tickets()) {
                TicketView ticket = queries.get(number, actor);
                if (ticket.status() == TicketStatus.CLOSED || ticket.status() == TicketStatus.RESOLVED) {
                    continue;
                }
                tickets.addMessage(number, MessageKind.PUBLIC_REPLY, message.strip(), actor);
                TicketStatus now2 = queries.get(number, actor).status();
                if (TicketLifecycle.find(now2, TicketStatus.AWAITING_CONFIRMATION)
                        .isPresent()) {
                    tickets.changeStatus(number, TicketStatus.AWAITING_CONFIRMATION, null, actor);
                }
            }
            incident.resolve(message.strip(), now);
            events.publishEvent(new IncidentResolved(
                    incident.id(),
                    incident.view().tenantId(),
                    incident.view().title(),
                    message.strip(),
                    incident.tickets(),
                    now));
            return incident.view();
        });
    }

    public List<IncidentView> all(Actor actor) {
        return inScope(
                actor,
                () -> incidents.findByTenantIdOrderByDeclaredAtDesc(actor.tenantId()).stream()
                        .map(Incident::view)
                        .toList());
    }

    public IncidentView get(long incidentId, Actor actor) {
        return inScope(
                actor,
                () -> incidents
                        .findById(incidentId)
                        .map(Incident::view)
                        .orElseThrow(() -> new RoutingRefusedException(
                                DomainException.Kind.NOT_FOUND,
                                "error.routing.incident.unknown",
                                "No incident " + incidentId + ".",
                                String.valueOf(incidentId))));
    }

    /**
     * A system proposal: a new one, or more tickets for a proposal still open in the same category. Links are
     * written directly, not through the incident's version, so a burst of similar tickets does not contend on it.
     */
    void propose(long tenantId, String category, String title, List<String> numbers) {
        TenantScope.inTenant(
                tenantId,
                () -> transactions.executeWithoutResult(status -> {
                    Incident incident = activeIn(tenantId, category)
                            .orElseGet(() -> proposal(
                                    tenantId,
                                    title,
                                    "Proposed: " + numbers.size() + " similar tickets arrived in a short time.",
                                    category));
                    join(incident, numbers);
                }));
    }

    /** The incident still active (proposed or open) in {@code category}, the newest: the one a proposal joins. */
    Optional<Incident> activeIn(long tenantId, String category) {
        return incidents.findFirstByTenantIdAndCategoryCodeAndStatusInOrderByDeclaredAtDesc(
                tenantId, category, Set.of(IncidentStatus.PROPOSED, IncidentStatus.OPEN));
    }

    /** A new proposal, stored at once (its tickets are linked by id). */
    Incident proposal(long tenantId, String title, String description, @Nullable String category) {
        return incidents.saveAndFlush(new Incident(
                tenantId,
                title.length() > 300 ? title.substring(0, 300) : title,
                description.length() > 4000 ? description.substring(0, 4000) : description,
                category,
                IncidentStatus.PROPOSED,
                null,
                clock.instant()));
    }

    /** Links the tickets to the incident if it is still a proposal; a confirmed incident is linked by people. */
    void join(Incident incident, List<String> numbers) {
        if (incident.status() == IncidentStatus.PROPOSED) {
            // only these numbers, never the proposal's thousands: during a storm every new ticket joins
            links.link(incident.id(), numbers);
        }
    }

    private Incident active(long incidentId) {
        Incident incident = incidents
                .findById(incidentId)
                .orElseThrow(() -> new RoutingRefusedException(
                        DomainException.Kind.NOT_FOUND,
                        "error.routing.incident.unknown",
                        "No incident " + incidentId + ".",
                        String.valueOf(incidentId)));
        if (!incident.status().isActive()) {
            throw new RoutingRefusedException(
                    DomainException.Kind.CONFLICT,
                    "error.routing.incident.closed",
                    "Incident " + incidentId + " is " + incident.status() + " already.",
                    String.valueOf(incidentId),
                    Phrase.of("incident.status." + incident.status()));
        }
        return incident;
    }

    private <T> T inScope(Actor actor, java.util.function.Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }

    private static void requireSupervisor(Actor actor) {
        if (!actor.hasAny(Role.SUPERVISORS)) {
            throw new RoutingRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    "error.routing.forbidden.incidents",
                    "Only supervisors handle incidents.");
        }
    }
}

package io.loopdesk.routing;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.assignment.Assigner;
import io.loopdesk.routing.assignment.AssignmentQueue;
import io.loopdesk.routing.assignment.AssignmentSweep;
import io.loopdesk.routing.assignment.PriorityPolicy;
import io.loopdesk.routing.duty.Workloads;
import io.loopdesk.routing.incident.IncidentRadar;
import io.loopdesk.shared.AfterCommit;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ConcurrentChangeRetry;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.event.TicketAssigned;
import io.loopdesk.ticket.event.TicketOpened;
import io.loopdesk.ticket.event.TicketReclassified;
import io.loopdesk.ticket.event.TicketStatusChanged;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Routing's reactions to tickets: a new ticket is classified, sent to its category's team and queued at its
 * priority for the assigner; assignments and status changes keep the agents' workloads current; freed capacity and
 * a periodic sweep let waiting tickets find an agent.
 */
@Component
public class TicketRouting {

    private static final Logger log = LoggerFactory.getLogger(TicketRouting.class);

    /** Statuses in which a ticket weighs on its agent. */
    static final Set<TicketStatus> WORK =
            EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.WAITING_CUSTOMER);

    private final Classifications classifications;
    private final Categories categories;
    private final AssignmentQueue queue;
    private final Workloads workloads;
    private final Assigner assigner;
    private final IncidentRadar incidents;
    private final UserAccounts users;
    private final Tickets tickets;
    private final TicketQueries queries;
    private final TransactionTemplate transactions;
    private final AfterCommit afterCommit;
    private final Clock clock;

    TicketRouting(
            Classifications classifications,
            Categories categories,
            AssignmentQueue queue,
            Workloads workloads,
            Assigner assigner,
            IncidentRadar incidents,
            UserAccounts users,
            Tickets tickets,
            TicketQueries queries,
            PlatformTransactionManager transactionManager,
            AfterCommit afterCommit,
            Clock clock) {
        this.classifications = classifications;
        this.categories = categories;
        this.queue = queue;
        this.workloads = workloads;
        this.assigner = assigner;
        this.incidents = incidents;
        this.users = users;
        this.tickets = tickets;
        this.queries = queries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.afterCommit = afterCommit;
        this.clock = clock;
    }

    /**
     * A new ticket joins its team's queue in the transaction that registers it, so no ticket exists outside the
     * queue. The incident radar and the assigner's pass follow after commit without a stored publication: both only
     * make things happen sooner, since the sweep assigns whatever waits and each later ticket's radar looks at this
     * one too.
     */
    @EventListener
    void queue(TicketOpened opened) {
        enqueue(opened);
        afterCommit.run(() -> radarThenAssign(opened));
    }

    /**
     * Tickets opened before queueing moved into the registering transaction: their stored publications are
     * delivered here after the upgrade, under this listener's old name. Events since then carry the title, so the
     * condition stores none for them.
     */
    @AsyncReaction(condition = "#opened.title() == null")
    void on(TicketOpened opened) {
        TenantScope.inTenant(opened.tenantId(), () -> ConcurrentChangeRetry.run(() -> enqueue(opened)));
        radarThenAssign(opened);
    }

    private void radarThenAssign(TicketOpened opened) {
        try {
            TenantScope.inTenant(
                    opened.tenantId(),
                    () -> ConcurrentChangeRetry.run(() -> incidents.noticeNewTicket(opened, opened.category())));
        } catch (RuntimeException e) {
            // the next similar ticket's radar sees this one too; the assignment must not wait for it
            log.warn("Incident radar failed for ticket {}", opened.number(), e);
        }
        assigner.assignWaiting(opened.tenantId());
    }

    /** Queues a new ticket at its priority for the assigner (it was placed in its category and team on opening). */
    private void enqueue(TicketOpened opened) {
        Categories.Destination destination = categories.destinationOf(opened.tenantId(), opened.category());
        CustomerLevel level = opened.requesterId() == null
                ? CustomerLevel.STANDARD
                : users.byId(opened.requesterId()).map(UserView::customerLevel).orElse(CustomerLevel.STANDARD);
        int priority = PriorityPolicy.score(opened.urgency(), level, false);
        transactions.executeWithoutResult(status -> queue.put(
                new AssignmentQueue.Entry(
                        opened.ticketId(),
                        opened.tenantId(),
                        opened.number(),
                        opened.teamId(),
                        destination.skill(),
                        priority),
                clock.instant()));
    }

    /**
     * Keeps the agents' workloads in step with assignments made elsewhere (supervisors, transfers, handovers); the
     * assigner records its own in the transaction that assigns, so those (the system's, noted {@link Assigner#NOTE})
     * need no second look; should the note ever change, this merely runs again for nothing.
     */
    @AsyncReaction(condition = "#assigned.actorId() != null or !'auto'.equals(#assigned.note())")
    void on(TicketAssigned assigned) {
        TenantScope.inTenant(
                assigned.tenantId(),
                () -> transactions.executeWithoutResult(status -> {
                    if (assigned.assigneeId() == null) {
                        workloads.release(assigned.ticketId());
                        return;
                    }
                    Integer priority = workloads.priorityOf(assigned.ticketId());
                    workloads.hold(
                            assigned.ticketId(),
                            assigned.tenantId(),
                            assigned.number(),
                            assigned.assigneeId(),
                            assigned.teamId(),
                            assigned.status().name(),
                            priority == null ? 0 : priority,
                            WORK.contains(assigned.status()),
                            assigned.at());
                    queue.remove(assigned.ticketId());
                }));
    }

    @AsyncReaction
    void on(TicketStatusChanged changed) {
        TenantScope.inTenant(changed.tenantId(), () -> {
            transactions.executeWithoutResult(status -> {
                workloads.status(changed.ticketId(), changed.to().name(), WORK.contains(changed.to()));
                if (!changed.to().isOpen()) {
                    queue.remove(changed.ticketId());
                }
            });
            if (changed.to() == TicketStatus.RESOLVED) {
                TicketView ticket = queries.get(changed.number(), Actor.system());
                if (ticket.category() != null) {
                    classifications.learn(ticket, ticket.category(), ClassificationRecord.Method.CONFIRMED, null);
                }
            }
        });
        if (WORK.contains(changed.from()) && !WORK.contains(changed.to())) {
            assigner.assignWaiting(changed.tenantId());
        }
    }

    /**
     * A person changed the category, or a ticket left review by its meaning ({@link MeaningReview}): a waiting ticket
     * follows its new category, and a ticket leaving review counts there for the incident radar. A person's choice is
     * also training data.
     */
    @AsyncReaction
    void on(TicketReclassified changed) {
        if (!changed.categoryChanged() || changed.category() == null) {
            return;
        }
        boolean leftReview = CategoryView.NEEDS_REFINEMENT.equals(changed.categoryBefore());
        if (changed.actorId() == null && !leftReview) {
            return;
        }
        TenantScope.inTenant(changed.tenantId(), () -> followNewCategory(changed, leftReview));
    }

    private void followNewCategory(TicketReclassified changed, boolean leftReview) {
        TicketView ticket = queries.get(changed.number(), Actor.system());
        if (changed.actorId() != null) {
            classifications.learn(ticket, changed.category(), ClassificationRecord.Method.MANUAL, changed.actorId());
        }
        if (leftReview) {
            try {
                ConcurrentChangeRetry.run(() -> incidents.noticePlaced(ticket, changed.category()));
            } catch (RuntimeException e) {
                // as on arrival: the next similar ticket's radar sees this one too; its team must not wait for it
                log.warn("Incident radar failed for ticket {} leaving review", changed.number(), e);
            }
        }
        if (ticket.assigneeId() == null && ticket.status().isOpen()) {
            Categories.Destination destination = categories.destinationOf(changed.tenantId(), changed.category());
            ConcurrentChangeRetry.run(() -> transactions.executeWithoutResult(status -> {
                if (destination.teamId() != null && !destination.teamId().equals(ticket.teamId())) {
                    tickets.route(
                            changed.number(),
                            destination.teamId(),
                            null,
                            "category " + changed.category(),
                            Actor.system());
                }
                Integer priority = workloads.priorityOf(changed.ticketId());
                queue.put(
                        new AssignmentQueue.Entry(
                                changed.ticketId(),
                                changed.tenantId(),
                                changed.number(),
                                destination.teamId(),
                                destination.skill(),
                                priority == null ? 100 : priority),
                        changed.at());
            }));
            assigner.assignWaiting(changed.tenantId());
        }
    }

    @AsyncReaction
    void on(AgentWentOnDuty started) {
        assigner.assignWaiting(started.tenantId());
    }

    @AsyncReaction
    void on(AgentWentOffDuty ended) {
        assigner.assignWaiting(ended.tenantId());
    }

    /** Tickets nobody could take earlier get another chance (run by {@link AssignmentSweep}). */
    public void sweep() {
        TenantScope.asSystem(queue::tenantsWaiting).forEach(assigner::assignWaiting);
    }
}

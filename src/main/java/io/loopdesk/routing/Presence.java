package io.loopdesk.routing;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.assignment.AssignmentQueue;
import io.loopdesk.routing.duty.AgentProfile;
import io.loopdesk.routing.duty.AgentProfileRepository;
import io.loopdesk.routing.duty.Workloads;
import io.loopdesk.routing.transfer.Handover;
import io.loopdesk.routing.transfer.HandoverRepository;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agents on and off duty (上班/下班), their skills and caps. Only on-duty agents get tickets; an agent going off
 * duty hands their new and in-progress tickets to on-duty teammates, or back to the team queue, with a handover
 * record on each.
 */
@Service
public class Presence {

    private final AgentProfileRepository profiles;
    private final Workloads workloads;
    private final AssignmentQueue queue;
    private final HandoverRepository handovers;
    private final UserAccounts users;
    private final Tickets tickets;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Presence(
            AgentProfileRepository profiles,
            Workloads workloads,
            AssignmentQueue queue,
            HandoverRepository handovers,
            UserAccounts users,
            Tickets tickets,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.profiles = profiles;
        this.workloads = workloads;
        this.queue = queue;
        this.handovers = handovers;
        this.users = users;
        this.tickets = tickets;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The agent's profile; every member of staff who handles tickets has one (off duty until they start). */
    public AgentView of(long userId) {
        UserView user = handler(userId);
        return TenantScope.inTenant(
                user.tenantId(),
                () -> transactions.execute(status -> profile(user).view()));
    }

    /** Open tickets each of these agents holds now, for the live wall (an agent without any is left out). */
    public Map<Long, Integer> loads(Collection<Long> agents) {
        return workloads.loads(agents);
    }

    public List<AgentView> onDuty(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> profiles.findByTenantIdAndOnDutyTrue(tenantId).stream()
                        .map(AgentProfile::view)
                        .toList()));
    }

    /** Starts the actor's shift: from now on they get tickets. */
    public AgentView goOnDuty(Actor actor) {
        UserView user = handler(requireUser(actor));
        AgentView view = TenantScope.inTenant(
                user.tenantId(),
                () -> transactions.execute(status -> {
                    AgentProfile profile = profile(user);
                    if (profile.goOnDuty(clock.instant())) {
                        events.publishEvent(new AgentWentOnDuty(user.id(), user.tenantId(), clock.instant()));
                    }
                    return profile.view();
                }));
        return view;
    }

    /**
     * Ends the actor's shift. Their NEW and IN_PROGRESS tickets are unassigned with a handover note and queued
     * again at their priority, so the assigner gives them to on-duty teammates or they wait in the team queue.
     */
    public AgentView goOffDuty(Actor actor, @Nullable String note) {
        UserView user = handler(requireUser(actor));
        return TenantScope.inTenant(
                user.tenantId(),
                () -> transactions.execute(status -> {
                    AgentProfile profile = profile(user);
                    Instant now = clock.instant();
                    if (profile.goOffDuty(now)) {
                        String handoverNote = note == null || note.isBlank()
                                ? user.displayName() + " went off duty; the ticket passes to whoever is on duty."
                                : note.strip();
                        for (Workloads.Held held : workloads.heldBy(
                                user.id(), List.of(TicketStatus.NEW.name(), TicketStatus.IN_PROGRESS.name()))) {
                            workloads.release(held.ticketId());
                            tickets.route(held.number(), held.teamId(), null, handoverNote, Actor.system());
                            handovers.save(Handover.offDuty(
                                    held.tenantId(),
                                    held.number(),
                                    user.id(),
                                    held.teamId(),
                                    handoverNote,
                                    actor.userId(),
                                    now));
                            queue.put(
                                    new AssignmentQueue.Entry(
                                            held.ticketId(),
                                            held.tenantId(),
                                            held.number(),
                                            held.teamId(),
                                            null,
                                            held.priority()),
                                    now);
                        }
                        events.publishEvent(new AgentWentOffDuty(user.id(), user.tenantId(), now));
                    }
                    return profile.view();
                }));
    }

    /** Sets an agent's skill tags and own ticket cap ({@code null}: the tenant default); admins and supervisors. */
    public AgentView change(long userId, Set<String> skills, @Nullable Integer cap, Actor actor) {
        UserView user = TenantScope.asSystem(() -> users.byId(userId))
                .filter(found -> actor.seesAllTenants() || found.tenantId() == actor.tenantId())
                .orElseThrow(() -> unknownUser(userId));
        if (!actor.hasAny(Role.SUPERVISORS)) {
            throw new RoutingRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    "error.routing.forbidden.skills",
                    "Only supervisors and admins set skills and caps.");
        }
        requireHandler(user);
        return TenantScope.inTenant(
                user.tenantId(),
                () -> transactions.execute(status -> {
                    AgentProfile profile = profile(user);
                    AgentView before = profile.view();
                    profile.change(skills, cap);
                    events.publishEvent(new Audited(
                            user.tenantId(), "routing.changed", "agent " + user.username(), before, profile.view()));
                    return profile.view();
                }));
    }

    private AgentProfile profile(UserView user) {
        return profiles.findById(user.id())
                .orElseGet(() -> profiles.save(new AgentProfile(user.id(), user.tenantId())));
    }

    private UserView handler(long userId) {
        UserView user = TenantScope.asSystem(() -> users.byId(userId)).orElseThrow(() -> unknownUser(userId));
        requireHandler(user);
        return user;
    }

    private static RoutingRefusedException unknownUser(long userId) {
        return new RoutingRefusedException(
                DomainException.Kind.NOT_FOUND,
                "error.routing.user.unknown",
                "No user " + userId + ".",
                String.valueOf(userId));
    }

    private static void requireHandler(UserView user) {
        if (user.roles().stream().noneMatch(Role.HANDLERS::contains)) {
            throw new RoutingRefusedException(
                    DomainException.Kind.CONFLICT,
                    "error.routing.user.notHandler",
                    user.username() + " does not handle tickets.",
                    user.username());
        }
    }

    private static long requireUser(Actor actor) {
        if (actor.userId() == null) {
            throw new RoutingRefusedException(
                    DomainException.Kind.FORBIDDEN, "error.routing.forbidden.duty", "Only people go on and off duty.");
        }
        return actor.userId();
    }
}

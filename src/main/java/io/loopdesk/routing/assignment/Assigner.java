package io.loopdesk.routing.assignment;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.RoutingPolicies;
import io.loopdesk.routing.RoutingRules;
import io.loopdesk.routing.duty.AgentProfile;
import io.loopdesk.routing.duty.Workloads;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ConcurrentChangeRetry;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic assignment: gives each waiting ticket, highest priority first, to an on-duty agent of its team who has
 * the skill it needs and room under their cap, the least loaded first. A ticket nobody fits stays unassigned, in the
 * supervisor's queue, until someone fits.
 *
 * <p>Safe with several nodes: a queue entry is taken with {@code SKIP LOCKED} (one node per ticket), and the
 * candidate agents' rows are locked in id order while their load is counted and the ticket is given, so no agent
 * goes over their cap and no ticket is assigned twice.
 */
@Component
public class Assigner {

    private static final Logger log = LoggerFactory.getLogger(Assigner.class);
    static final String NOTE = "auto";

    /** What became of one waiting ticket. */
    enum Outcome {
        ASSIGNED,
        NOBODY_FITS,
        TAKEN_ELSEWHERE,
        GONE,
        /** Something unexpected went wrong; the ticket waits for the next pass. */
        FAILED
    }

    public static final int BATCH = 200;

    /** Waiting tickets decided in one transaction: a commit each cost the assigner more than deciding. */
    private static final int PER_TRANSACTION = 20;

    private final Map<Long, Drain> drains = new ConcurrentHashMap<>();
    private final AssignmentQueue queue;
    private final Workloads workloads;
    private final RoutingPolicies policies;
    private final Tickets tickets;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Assigner(
            AssignmentQueue queue,
            Workloads workloads,
            RoutingPolicies policies,
            Tickets tickets,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.queue = queue;
        this.workloads = workloads;
        this.policies = policies;
        this.tickets = tickets;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Works through a tenant's waiting tickets; returns how many were assigned. One pass per tenant at a time on
     * this node: a request arriving during a pass makes that pass look once more instead of starting a second one
     * that would only fight the first over the same rows (other nodes are kept apart by the row locks).
     */
    public int assignWaiting(long tenantId) {
        Drain drain = drains.computeIfAbsent(tenantId, id -> new Drain());
        drain.requested.set(true);
        if (!drain.running.compareAndSet(false, true)) {
            return 0;
        }
        int assigned = 0;
        try {
            assigned = TenantScope.inTenant(tenantId, () -> drainRequested(drain, tenantId));
        } finally {
            drain.running.set(false);
        }
        if (drain.requested.get()) {
            assigned += assignWaiting(tenantId);
        }
        return assigned;
    }

    private int drainRequested(Drain drain, long tenantId) {
        int assigned = 0;
        while (drain.requested.getAndSet(false)) {
            if (!policies.rules(tenantId).autoAssign()) {
                break;
            }
            assigned += pass(tenantId);
        }
        return assigned;
    }

    /**
     * One pass over the whole queue in priority order. Assigned tickets leave the queue, and the next batch starts
     * after the last ticket seen; a ticket high in the queue that fits nobody does not block the rest. Once a
     * ticket found nobody, the rest of the pass skips the tickets waiting for the same team and skill without
     * touching them: agents only fill up during a pass, and whatever frees one (going on duty, a closed ticket)
     * asks for a new pass. So a long night queue costs one attempt per team and skill, not one per ticket, and
     * while no agent of the tenant has room at all the queue is not read (every new ticket asks for a pass).
     */
    private int pass(long tenantId) {
        int defaultCap = policies.rules(tenantId).defaultCap();
        if (!workloads.anyoneHasRoom(tenantId, defaultCap)) {
            return 0;
        }
        int assigned = 0;
        Set<Desk> full = new HashSet<>();
        List<AssignmentQueue.Waiting> batch;
        AssignmentQueue.Waiting last = null;
        do {
            AssignmentQueue.Waiting after = last;
            batch = queue.waiting(tenantId, after, BATCH);
            for (int from = 0; from < batch.size(); from += PER_TRANSACTION) {
                List<AssignmentQueue.Waiting> run = batch.subList(from, Math.min(batch.size(), from + PER_TRANSACTION));
                for (Outcome outcome : assignTogether(run, full)) {
                    if (outcome == Outcome.ASSIGNED) {
                        assigned++;
                    }
                }
            }
            if (!batch.isEmpty()) {
                last = batch.getLast();
            }
        } while (batch.size() == BATCH);
        return assigned;
    }

    /**
     * Decides a run of waiting tickets in one transaction, one commit for all of them. Should the run fail (a
     * ticket closed or changed meanwhile, a lock conflict with another node), it is decided again one ticket per
     * transaction, as {@link #assign} does.
     */
    private List<Outcome> assignTogether(List<AssignmentQueue.Waiting> run, Set<Desk> full) {
        Set<Desk> known = Set.copyOf(full);
        try {
            return ConcurrentChangeRetry.run(() -> transactions.execute(status -> {
                // a retried run starts from what was known before it
                full.clear();
                full.addAll(known);
                return decideAll(run, full, this::decide);
            }));
        } catch (RuntimeException failed) {
            log.debug("Deciding {} waiting tickets together failed, one by one now: {}", run.size(), failed.toString());
            full.clear();
            full.addAll(known);
            return decideAll(run, full, this::assign);
        }
    }

    private static List<Outcome> decideAll(
            List<AssignmentQueue.Waiting> run, Set<Desk> full, LongFunction<Outcome> decider) {
        List<Outcome> outcomes = new ArrayList<>(run.size());
        for (AssignmentQueue.Waiting waiting : run) {
            Desk desk = new Desk(waiting.teamId(), waiting.skill());
            if (full.contains(desk)) {
                outcomes.add(Outcome.NOBODY_FITS);
                continue;
            }
            Outcome outcome = decider.apply(waiting.ticketId());
            if (outcome == Outcome.NOBODY_FITS) {
                full.add(desk);
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    /** Where a ticket waits: the team whose agents may take it and the skill they need. */
    private record Desk(@Nullable Long teamId, @Nullable String skill) {}

    /** This node's pass over one tenant's queue. */
    private static final class Drain {
        final AtomicBoolean running = new AtomicBoolean();
        final AtomicBoolean requested = new AtomicBoolean();
    }

    /** Tries to assign one waiting ticket, in its own transaction. */
    Outcome assign(long ticketId) {
        try {
            return ConcurrentChangeRetry.run(() -> transactions.execute(status -> decide(ticketId)));
        } catch (DomainException gone) {
            // the ticket was closed or changed under us: it no longer waits for an agent
            log.debug("Ticket {} left the queue: {}", ticketId, gone.getMessage());
            transactions.executeWithoutResult(status -> queue.remove(ticketId));
            return Outcome.GONE;
        } catch (RuntimeException failed) {
            // it stays in the queue for the next pass; one ticket that cannot be assigned must not hold up the rest
            log.warn("Ticket {} could not be assigned; it waits for the next pass", ticketId, failed);
            return Outcome.FAILED;
        }
    }

    private Outcome decide(long ticketId) {
        AssignmentQueue.Entry entry = queue.lock(ticketId);
        if (entry == null) {
            return Outcome.TAKEN_ELSEWHERE;
        }
        RoutingRules rules = policies.rules(entry.tenantId());
        List<Workloads.Candidate> candidates = workloads.lockOnDuty(entry.tenantId(), entry.teamId()).stream()
                .filter(c -> entry.skill() == null
                        || AgentProfile.parseSkills(c.skills()).contains(entry.skill()))
                .toList();
        Map<Long, Integer> loads = workloads.loads(
                candidates.stream().map(Workloads.Candidate::userId).toList());
        Workloads.Candidate chosen = candidates.stream()
                .filter(c -> loads.getOrDefault(c.userId(), 0) < cap(c, rules))
                .min(Comparator.<Workloads.Candidate>comparingInt(c -> loads.getOrDefault(c.userId(), 0))
                        .thenComparing(
                                Workloads.Candidate::lastAssigned, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(Workloads.Candidate::userId))
                .orElse(null);
        if (chosen == null) {
            queue.countAttempt(ticketId);
            return Outcome.NOBODY_FITS;
        }
        Instant now = clock.instant();
        workloads.hold(
                ticketId,
                entry.tenantId(),
                entry.number(),
                chosen.userId(),
                entry.teamId(),
                TicketStatus.NEW.name(),
                entry.priority(),
                true,
                now);
        workloads.assigned(chosen.userId(), now);
        queue.remove(ticketId);
        tickets.route(entry.number(), entry.teamId(), chosen.userId(), NOTE, Actor.system());
        return Outcome.ASSIGNED;
    }

    private static int cap(Workloads.Candidate candidate, RoutingRules rules) {
        @Nullable Integer own = candidate.cap();
        return own != null ? own : rules.defaultCap();
    }
}

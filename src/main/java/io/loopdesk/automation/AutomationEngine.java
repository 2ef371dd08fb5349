package io.loopdesk.automation;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ConcurrentChangeRetry;
import io.loopdesk.ticket.Tickets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a tenant's rules on a ticket: in the admins' order, each reading the ticket as the rules before it left it,
 * each firing in a transaction of its own that claims the firing first (once per rule, ticket and event on any
 * node) and takes all of its actions or none. A rule that fires more than {@link #LOOP_LIMIT} times on one ticket
 * within {@link #LOOP_WINDOW} has set itself off through other parts of the desk (routing answering its assignment,
 * say): it is stopped on that ticket, with a line in its history and in the rule's log.
 */
@Component
class AutomationEngine {

    static final int LOOP_LIMIT = 10;
    static final Duration LOOP_WINDOW = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(AutomationEngine.class);

    private final AutomationRules rules;
    private final Snapshots snapshots;
    private final ActionPerformer performer;
    private final Firings firings;
    private final Tickets tickets;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AutomationEngine(
            AutomationRules rules,
            Snapshots snapshots,
            ActionPerformer performer,
            Firings firings,
            Tickets tickets,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.rules = rules;
        this.snapshots = snapshots;
        this.performer = performer;
        this.firings = firings;
        this.tickets = tickets;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Whether the tenant has rules in force for {@code trigger}: most changes of most tenants have none to run. */
    boolean anyFor(long tenantId, Trigger trigger) {
        return !rules.inForce(tenantId, trigger).isEmpty();
    }

    /** Runs the tenant's rules for {@code trigger} on the ticket, for the event named {@code eventKey}. */
    void run(long tenantId, String number, Trigger trigger, String eventKey) {
        List<AutomationRuleView> inForce = rules.inForce(tenantId, trigger);
        if (inForce.isEmpty()) {
            return;
        }
        TenantScope.inTenant(tenantId, () -> {
            TicketSnapshot ticket = snapshots.of(number);
            for (AutomationRuleView rule : inForce) {
                if (rule.rule().matches(ticket) && fire(rule, ticket, eventKey) != null) {
                    ticket = snapshots.of(number); // the rules after it see what it did
                }
            }
        });
    }

    /**
     * Fires one rule whose conditions the ticket passed, in the tenant's scope; {@code null} when it had fired on
     * this event before (here or on another node), and nothing is done.
     */
    @Nullable
    FiringOutcome fire(AutomationRuleView rule, TicketSnapshot ticket, String eventKey) {
        String number = ticket.ticket().number();
        Actor actor = actorOf(rule, ticket.ticket().tenantId());
        try {
            FiringOutcome outcome = ConcurrentChangeRetry.run(() -> transactions.execute(status -> {
                Instant now = clock.instant();
                Map<FiringOutcome, Long> recent = firings.recent(rule.id(), ticket.ticketId(), now.minus(LOOP_WINDOW));
                if (!firings.claim(ticket.ticket().tenantId(), rule.id(), ticket.ticketId(), number, eventKey, now)) {
                    return null;
                }
                if (recent.getOrDefault(FiringOutcome.FIRED, 0L) >= LOOP_LIMIT) {
                    firings.end(rule.id(), ticket.ticketId(), eventKey, FiringOutcome.STOPPED, null);
                    if (recent.getOrDefault(FiringOutcome.STOPPED, 0L) == 0) {
                        OwnChanges.during(() -> tickets.remark(
                                number, "automation-stopped", rule.name(), String.valueOf(LOOP_LIMIT), actor));
                    }
                    log.warn(
                            "Automation {} stopped on ticket {}: it fired {} times within {}",
                            rule.id(),
                            number,
                            LOOP_LIMIT,
                            LOOP_WINDOW);
                    return FiringOutcome.STOPPED;
                }
                OwnChanges.during(() -> {
                    tickets.remark(number, "automation", rule.name(), null, actor);
                    performer.perform(rule, ticket, actor);
                });
                return FiringOutcome.FIRED;
            }));
            return outcome;
        } catch (DomainException refused) {
            Phrase reason = reason(refused);
            transactions.executeWithoutResult(status -> {
                if (firings.claim(
                        ticket.ticket().tenantId(), rule.id(), ticket.ticketId(), number, eventKey, clock.instant())) {
                    firings.end(rule.id(), ticket.ticketId(), eventKey, FiringOutcome.FAILED, reason);
                    OwnChanges.during(() -> tickets.remark(number, "automation-failed", rule.name(), null, actor));
                }
            });
            log.info("Automation {} could not act on ticket {}: {}", rule.id(), number, refused.getMessage());
            return FiringOutcome.FAILED;
        }
    }

    /** The system acting for the tenant, named after the rule: its history lines say which rule changed the ticket. */
    static Actor actorOf(AutomationRuleView rule, long tenantId) {
        return new Actor(null, tenantId, "automation", "⚙ " + rule.name(), Set.of());
    }

    private static Phrase reason(DomainException refused) {
        if (!refused.problems().isEmpty()) {
            return DomainException.phraseOf(refused.problems().getFirst());
        }
        return refused.phrase() != null ? refused.phrase() : Phrase.verbatim(String.valueOf(refused.getMessage()));
    }
}

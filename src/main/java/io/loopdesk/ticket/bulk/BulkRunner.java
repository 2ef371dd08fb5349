package io.loopdesk.ticket.bulk;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ConcurrentChangeRetry;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.ticket.TicketMacros;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.relation.TicketMerges;
import io.loopdesk.ticket.tag.TicketTags;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works through a bulk action's pending tickets for a while, then hands the rest to the next timer: each ticket
 * claimed and changed in one transaction as the person who started the action, a refusal recorded with its reason.
 * Any node may run any chunk, and a chunk cut short by a crash is taken up again by the next.
 */
@Component
class BulkRunner {

    /** How long one timer execution works before it hands over, so a restart never loses much and nodes share. */
    static final Duration SLICE = Duration.ofSeconds(10);

    private static final int BATCH = 100;

    private final BulkActionRepository actions;
    private final BulkItems items;
    private final Tickets tickets;
    private final TicketMacros macros;
    private final TicketTags tags;
    private final TicketMerges merges;
    private final UserAccounts users;
    private final Timers timers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BulkRunner(
            BulkActionRepository actions,
            BulkItems items,
            Tickets tickets,
            TicketMacros macros,
            TicketTags tags,
            TicketMerges merges,
            UserAccounts users,
            Timers timers,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.actions = actions;
        this.items = items;
        this.tickets = tickets;
        this.macros = macros;
        this.tags = tags;
        this.merges = merges;
        this.users = users;
        this.timers = timers;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Works on the action for one slice; schedules the next slice if tickets are left. */
    void run(long tenantId, long actionId) {
        run(tenantId, actionId, () -> true);
    }

    /**
     * Works on the action for one slice, or until {@code goOn} says stop (the node is shutting down); schedules the
     * next slice, for any node, if tickets are left.
     */
    void run(long tenantId, long actionId, BooleanSupplier goOn) {
        TenantScope.inTenant(tenantId, () -> {
            runInTenant(tenantId, actionId, goOn);
            return null;
        });
    }

    private void runInTenant(long tenantId, long actionId, BooleanSupplier goOn) {
        Optional<BulkAction> found = transactions.execute(status -> actions.findById(actionId));
        if (found == null || found.isEmpty() || !found.get().running()) {
            return;
        }
        BulkAction action = found.get();
        BulkChange change = action.change();
        Optional<Actor> starter = starter(action);
        long until = System.nanoTime() + SLICE.toNanos();
        boolean left = true;
        while (left && System.nanoTime() < until && goOn.getAsBoolean()) {
            List<BulkItems.Item> batch = items.pending(actionId, BATCH);
            for (BulkItems.Item item : batch) {
                if (!goOn.getAsBoolean()) {
                    break;
                }
                if (starter.isPresent()) {
                    apply(actionId, item, change, starter.get());
                } else {
                    items.finish(
                            actionId,
                            item.position(),
                            ItemOutcome.REFUSED,
                            Phrase.of("error.bulk.starterGone").toJson());
                }
            }
            left = items.tally(actionId, clock.instant());
        }
        if (left) {
            timers.schedule(BulkTimer.TASK, BulkTimer.instanceId(tenantId, actionId), clock.instant());
        }
    }

    private void apply(long actionId, BulkItems.Item item, BulkChange change, Actor actor) {
        try {
            // a person or a timer changing the same ticket at that moment wins; the change is redone on its state
            ConcurrentChangeRetry.run(() -> transactions.executeWithoutResult(status -> {
                if (items.finish(actionId, item.position(), ItemOutcome.DONE, null)) {
                    change(item.number(), change, actor);
                }
            }));
        } catch (DomainException refused) {
            items.finish(
                    actionId,
                    item.position(),
                    ItemOutcome.REFUSED,
                    reason(refused).toJson());
        }
    }

    private void change(String number, BulkChange change, Actor actor) {
        switch (change.kind()) {
            case STATUS -> tickets.changeStatus(number, Objects.requireNonNull(change.status()), change.note(), actor);
            case ASSIGN -> {
                if (change.teamId() != null) {
                    tickets.route(number, change.teamId(), change.assigneeId(), change.note(), actor);
                } else {
                    tickets.assign(number, change.assigneeId(), change.note(), actor);
                }
            }
            case MACRO -> macros.apply(Objects.requireNonNull(change.macroId()), number, actor);
            case TAG_ADD -> tags.add(number, Objects.requireNonNull(change.tag()), actor);
            case TAG_REMOVE -> tags.remove(number, Objects.requireNonNull(change.tag()), actor);
            case MERGE -> {
                String into = Objects.requireNonNull(change.mergeInto());
                if (!number.equalsIgnoreCase(into)) { // the ticket merged into is among those chosen
                    merges.merge(number, into, actor);
                }
            }
        }
    }

    /** The person who started it, as they are now: one disabled or no longer handling tickets changes nothing more. */
    private Optional<Actor> starter(BulkAction action) {
        return users.byId(action.userId())
                .filter(UserView::enabled)
                .filter(u -> u.roles().stream().anyMatch(Role.HANDLERS::contains))
                .map(u -> new Actor(u.id(), u.tenantId(), u.username(), u.displayName(), u.roles()));
    }

    private static Phrase reason(DomainException refused) {
        if (!refused.problems().isEmpty()) {
            return DomainException.phraseOf(refused.problems().getFirst());
        }
        return refused.phrase() != null ? refused.phrase() : Phrase.verbatim(String.valueOf(refused.getMessage()));
    }
}

package io.loopdesk.ticket.bulk;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.ticket.TicketMacros;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts bulk actions and tells how they went. An action covers the tickets chosen on a list, or every ticket the
 * list's filter matches (at most {@value #MAX_TICKETS}); small ones are done before the answer, larger ones in the
 * background with their progress on their page.
 */
@Service
public class BulkActions {

    /** The most tickets one action covers. */
    public static final int MAX_TICKETS = 50_000;

    /** Actions of at most this many tickets are done in the request that starts them. */
    static final int INLINE = 100;

    private final BulkActionRepository actions;
    private final BulkItems items;
    private final BulkRunner runner;
    private final TicketQueries queries;
    private final TicketMacros macros;
    private final Timers timers;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BulkActions(
            BulkActionRepository actions,
            BulkItems items,
            BulkRunner runner,
            TicketQueries queries,
            TicketMacros macros,
            Timers timers,
            MessageSource messages,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.actions = actions;
        this.items = items;
        this.runner = runner;
        this.queries = queries;
        this.macros = macros;
        this.timers = timers;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Starts {@code change} over the tickets numbered so (duplicates once each).
     *
     * @throws BulkRefusedException if the actor does not handle tickets, the change lacks what it needs, no ticket or
     *     more than {@value #MAX_TICKETS} are chosen, or the macro is not one they may apply
     */
    public BulkActionView start(BulkChange change, Collection<String> numbers, Actor actor) {
        List<String> chosen = new ArrayList<>(new LinkedHashSet<>(numbers.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(n -> !n.isEmpty())
                .toList()));
        return begin(change, chosen, String.join(", ", chosen), actor);
    }

    /**
     * Starts {@code change} over every ticket {@code query} lists for the actor, in its order.
     *
     * @param described the filter as the page shows it, for the action's page
     */
    public BulkActionView startMatching(BulkChange change, TicketQuery query, String described, Actor actor) {
        requireHandler(actor);
        List<String> matching = queries.numbers(query, actor, MAX_TICKETS + 1);
        return begin(change, matching, described, actor);
    }

    private BulkActionView begin(BulkChange change, List<String> numbers, String described, Actor actor) {
        requireHandler(actor);
        BulkChange checked = change.checked();
        if (numbers.isEmpty()) {
            throw BulkRefusedException.invalid("numbers", "bulk.none", "Choose at least one ticket.");
        }
        if (numbers.size() > MAX_TICKETS) {
            throw BulkRefusedException.invalid(
                    "numbers",
                    "bulk.tooMany",
                    "One bulk action covers at most " + MAX_TICKETS + " tickets; narrow the filter.",
                    MAX_TICKETS);
        }
        if (checked.kind() == BulkKind.MACRO
                && !macros.available(actor).containsKey(Objects.requireNonNull(checked.macroId()))) {
            throw BulkRefusedException.invalid("macroId", "bulk.macro.unknown", "No such macro.");
        }
        long id = Objects.requireNonNull(transactions.execute(status -> {
            BulkAction action = actions.save(new BulkAction(
                    actor.tenantId(),
                    Objects.requireNonNull(actor.userId()),
                    checked,
                    described,
                    numbers.size(),
                    clock.instant()));
            actions.flush();
            items.add(action.id(), numbers);
            timers.schedule(BulkTimer.TASK, BulkTimer.instanceId(actor.tenantId(), action.id()), clock.instant());
            return action.id();
        }));
        if (numbers.size() <= INLINE) {
            runner.run(actor.tenantId(), id);
        }
        return get(id, actor);
    }

    /**
     * A bulk action as it stands now, for the person who started it or a supervisor of the tenant.
     *
     * @throws BulkRefusedException (not found) if there is none such for the actor
     */
    public BulkActionView get(long id, Actor actor) {
        return Objects.requireNonNull(transactions.execute(status -> actions.findById(id)
                .filter(a -> a.tenantId() == actor.tenantId() || actor.has(Role.PLATFORM_OPERATOR))
                .filter(a -> Objects.equals(a.userId(), actor.userId()) || actor.hasAny(Role.SUPERVISORS))
                .map(BulkAction::view)
                .orElseThrow(BulkRefusedException::notFound)));
    }

    /** The tickets an action left as they were, with why in {@code locale}, in its order (at most {@code limit}). */
    public List<Refusal> refusals(long id, Actor actor, Locale locale, int limit) {
        get(id, actor);
        return items.refusals(id, limit).stream()
                .map(r -> {
                    Phrase reason = Phrase.fromJson(r.reason());
                    return new Refusal(r.number(), reason.render(messages, locale, reason.key()));
                })
                .toList();
    }

    /** The actor's latest actions, newest first. */
    public List<BulkActionView> recent(Actor actor) {
        if (actor.userId() == null) {
            return List.of();
        }
        return Objects.requireNonNull(
                transactions.execute(status -> actions.findTop20ByUserIdOrderByCreatedAtDesc(actor.userId()).stream()
                        .filter(a -> a.tenantId() == actor.tenantId())
                        .map(BulkAction::view)
                        .toList()));
    }

    /** A ticket left as it was, and why. */
    public record Refusal(String number, String reason) {}

    private static void requireHandler(Actor actor) {
        if (actor.userId() == null || !actor.hasAny(Role.HANDLERS)) {
            throw BulkRefusedException.forbidden();
        }
    }
}

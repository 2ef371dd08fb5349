package io.loopdesk.ticket;

import static io.loopdesk.ticket.value.TicketStatus.AWAITING_CONFIRMATION;
import static io.loopdesk.ticket.value.TicketStatus.CLOSED;
import static io.loopdesk.ticket.value.TicketStatus.IN_PROGRESS;
import static io.loopdesk.ticket.value.TicketStatus.NEW;
import static io.loopdesk.ticket.value.TicketStatus.RESOLVED;
import static io.loopdesk.ticket.value.TicketStatus.WAITING_CUSTOMER;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.Phrase;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The ticket's state machine: every allowed move, who may make it, and whether it needs a reason. Anything not
 * listed here is refused.
 */
public final class TicketLifecycle {

    /** The capacity in which an actor moves a ticket. */
    public enum Party {
        /** Agents, engineers and everyone above them. */
        HANDLER,
        /** Supervisors, tenant admins and platform operators. */
        SUPERVISOR,
        /** The customer who raised the ticket. */
        CUSTOMER,
        /** Automatic rules: auto-close, incident resolution. */
        SYSTEM
    }

    /** One allowed move. */
    public record Transition(TicketStatus from, TicketStatus to, Set<Party> parties, boolean needsReason) {

        boolean isReopen() {
            return to == IN_PROGRESS && (from == AWAITING_CONFIRMATION || from == RESOLVED);
        }
    }

    private static final List<Transition> TRANSITIONS = List.of(
            move(NEW, IN_PROGRESS, Party.HANDLER),
            move(NEW, WAITING_CUSTOMER, Party.HANDLER),
            move(NEW, AWAITING_CONFIRMATION, Party.HANDLER),
            move(IN_PROGRESS, WAITING_CUSTOMER, Party.HANDLER),
            move(IN_PROGRESS, AWAITING_CONFIRMATION, Party.HANDLER),
            move(WAITING_CUSTOMER, IN_PROGRESS, Party.HANDLER, Party.CUSTOMER),
            move(WAITING_CUSTOMER, AWAITING_CONFIRMATION, Party.HANDLER, Party.SYSTEM),
            move(AWAITING_CONFIRMATION, RESOLVED, Party.CUSTOMER, Party.SUPERVISOR, Party.SYSTEM),
            reasoned(AWAITING_CONFIRMATION, IN_PROGRESS, Party.CUSTOMER, Party.HANDLER),
            reasoned(RESOLVED, IN_PROGRESS, Party.CUSTOMER, Party.SUPERVISOR),
            move(RESOLVED, CLOSED, Party.SUPERVISOR, Party.SYSTEM),
            reasoned(NEW, CLOSED, Party.SUPERVISOR),
            reasoned(IN_PROGRESS, CLOSED, Party.SUPERVISOR),
            reasoned(WAITING_CUSTOMER, CLOSED, Party.SUPERVISOR),
            reasoned(AWAITING_CONFIRMATION, CLOSED, Party.SUPERVISOR));

    private TicketLifecycle() {}

    public static List<Transition> transitions() {
        return TRANSITIONS;
    }

    public static Optional<Transition> find(TicketStatus from, TicketStatus to) {
        return TRANSITIONS.stream()
                .filter(t -> t.from() == from && t.to() == to)
                .findFirst();
    }

    /** The moves {@code actor}, acting as {@code parties}, may make from {@code from}. */
    public static List<Transition> allowedFrom(TicketStatus from, Set<Party> parties) {
        return TRANSITIONS.stream()
                .filter(t -> t.from() == from && t.parties().stream().anyMatch(parties::contains))
                .toList();
    }

    /**
     * The capacities an actor holds towards one ticket. Being the requester makes someone the customer of that
     * ticket only; staff roles count everywhere in their tenant.
     */
    public static Set<Party> partiesOf(Actor actor, boolean isRequester) {
        if (actor.isSystem()) {
            return EnumSet.of(Party.SYSTEM);
        }
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (actor.hasAny(Role.HANDLERS)) {
            parties.add(Party.HANDLER);
        }
        if (actor.hasAny(Role.SUPERVISORS)) {
            parties.add(Party.SUPERVISOR);
        }
        if (isRequester && actor.has(Role.CUSTOMER)) {
            parties.add(Party.CUSTOMER);
        }
        return parties;
    }

    /**
     * Checks one move and returns it.
     *
     * @throws TransitionNotAllowedException if the move does not exist, the parties may not make it, or a reason is
     *     needed and missing
     */
    static Transition check(TicketStatus from, TicketStatus to, Set<Party> parties, @Nullable String reason) {
        if (from == to) {
            throw TransitionNotAllowedException.conflict(
                    Phrase.of("error.ticket.transition.already", status(from)), "The ticket is already " + from + ".");
        }
        Transition transition = find(from, to)
                .orElseThrow(() -> TransitionNotAllowedException.conflict(
                        Phrase.of("error.ticket.transition.impossible", status(from), status(to), targetPhrase(from)),
                        "A ticket cannot go from " + from + " to " + to + ". From " + from + " it can go to: "
                                + targets(from) + "."));
        if (transition.parties().stream().noneMatch(parties::contains)) {
            throw TransitionNotAllowedException.forbidden(
                    Phrase.of(
                            "error.ticket.transition.forbidden",
                            status(from),
                            status(to),
                            Phrase.join(
                                    "text.or",
                                    transition.parties().stream()
                                            .map(p -> Phrase.of("error.ticket.party." + p))
                                            .toList())),
                    "Moving a ticket from " + from + " to " + to + " is for: " + describe(transition.parties()) + ".");
        }
        if (transition.needsReason() && (reason == null || reason.isBlank())) {
            throw TransitionNotAllowedException.reasonMissing(from, to);
        }
        return transition;
    }

    private static Phrase status(TicketStatus status) {
        return Phrase.of("status." + status);
    }

    private static Phrase targetPhrase(TicketStatus from) {
        List<Phrase> targets = TRANSITIONS.stream()
                .filter(t -> t.from() == from)
                .map(t -> status(t.to()))
                .toList();
        return targets.isEmpty() ? Phrase.of("error.ticket.transition.final") : Phrase.join("text.list", targets);
    }

    private static String targets(TicketStatus from) {
        String list = TRANSITIONS.stream()
                .filter(t -> t.from() == from)
                .map(t -> t.to().name())
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "nothing (it is final)" : list;
    }

    private static String describe(Set<Party> parties) {
        return parties.stream()
                .map(p -> switch (p) {
                    case HANDLER -> "agents, engineers and supervisors";
                    case SUPERVISOR -> "supervisors";
                    case CUSTOMER -> "the customer who raised it";
                    case SYSTEM -> "automatic rules";
                })
                .collect(Collectors.joining(" or "));
    }

    private static Transition move(TicketStatus from, TicketStatus to, Party... parties) {
        return new Transition(from, to, EnumSet.copyOf(List.of(parties)), false);
    }

    private static Transition reasoned(TicketStatus from, TicketStatus to, Party... parties) {
        return new Transition(from, to, EnumSet.copyOf(List.of(parties)), true);
    }
}

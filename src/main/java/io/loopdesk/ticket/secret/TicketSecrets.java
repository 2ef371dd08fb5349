package io.loopdesk.ticket.secret;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.Audited;
import io.loopdesk.ticket.Ticket;
import io.loopdesk.ticket.TicketAccess;
import io.loopdesk.ticket.TicketForbiddenException;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.history.HistoryEntry;
import io.loopdesk.ticket.history.HistoryEntryRepository;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The secrets hidden in a ticket's text: which messages had one (staff see the flag), and the original for the
 * staff who must act on it (agents, engineers, supervisors). Every reveal is written into the ticket's history.
 */
@Service
public class TicketSecrets {

    private final ApplicationEventPublisher events;
    private final TicketAccess access;
    private final TicketSecretRepository secrets;
    private final HistoryEntryRepository history;
    private final SecretBox box;
    private final Clock clock;

    TicketSecrets(
            ApplicationEventPublisher events,
            TicketAccess access,
            TicketSecretRepository secrets,
            HistoryEntryRepository history,
            SecretBox box,
            Clock clock) {
        this.events = events;
        this.access = access;
        this.secrets = secrets;
        this.history = history;
        this.box = box;
        this.clock = clock;
    }

    /** The hidden secrets of a ticket, without their values; empty for customers, who wrote them. */
    public List<SecretView> of(String number, Actor actor) {
        if (actor.isCustomer()) {
            // another customer's ticket does not exist for them, whatever it holds
            access.readOnly(actor, () -> access.visible(number, actor));
            return List.of();
        }
        return access.readOnly(
                actor,
                () -> secrets
                        .findByTicketIdOrderByIdAsc(
                                access.visible(number, actor).id())
                        .stream()
                        .map(TicketSecret::view)
                        .toList());
    }

    /** The original of one hidden secret; recorded in the history with who asked. */
    public String reveal(String number, long secretId, Actor actor) {
        if (!actor.hasAny(Role.SEES_CONTACT_DETAILS)) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.secret",
                    "Only the agents, engineers and supervisors handling the ticket may see a hidden secret.");
        }
        return access.inTransaction(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            TicketSecret secret = secrets.findByIdAndTicketId(secretId, ticket.id())
                    .orElseThrow(() -> new TicketValidationException(List.of(new io.loopdesk.shared.FieldProblem(
                            "secretId",
                            "ticket.secret.unknown",
                            "No hidden secret " + secretId + " on this ticket."))));
            history.save(new HistoryEntry(
                    ticket.tenantId(),
                    ticket.id(),
                    actor.userId(),
                    actor.name(),
                    clock.instant(),
                    new Ticket.Change("secret-revealed", null, Long.toString(secretId), null)));
            events.publishEvent(Audited.of(ticket.tenantId(), "secret.revealed", ticket.number() + " #" + secretId));
            return box.open(secret.sealed());
        });
    }
}

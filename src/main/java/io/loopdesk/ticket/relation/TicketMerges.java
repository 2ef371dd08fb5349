package io.loopdesk.ticket.relation;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.event.TicketMerged;
import io.loopdesk.ticket.message.TicketMessage;
import io.loopdesk.ticket.message.TicketMessageRepository;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketView;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate into the ticket that carries on, and splits a customer's message off into a ticket of its own.
 *
 * <p>A merge keeps everything: the duplicate's messages and files move to the other ticket (its first words too, as
 * a message dated when they came), each ticket keeps its own history with a line saying what happened, and the
 * duplicate is closed with a pointer, so its customer is told where it went and anything they write to it later
 * lands in the ticket it was merged into. Only tickets of one customer merge: the other ticket's customer reads
 * every moved message.
 */
@Service
public class TicketMerges {

    private static final int MAX_MESSAGE = 100_000;
    private static final int MAX_TITLE = 100;

    private final TicketRelations relations;
    private final TicketRows rows;
    private final TicketQueries queries;
    private final Tickets tickets;
    private final TicketMessageRepository messages;
    private final ApplicationEventPublisher events;

    TicketMerges(
            TicketRelations relations,
            TicketRows rows,
            TicketQueries queries,
            Tickets tickets,
            TicketMessageRepository messages,
            ApplicationEventPublisher events) {
        this.relations = relations;
        this.rows = rows;
        this.queries = queries;
        this.tickets = tickets;
        this.messages = messages;
        this.events = events;
    }

    /**
     * Merges ticket {@code sourceNumber} into {@code targetNumber}.
     *
     * @return the ticket merged into, as it is now
     * @throws TicketValidationException if either is closed, they are one ticket, of different tenants or of
     *     different customers; nothing is changed
     */
    @Transactional
    public TicketView merge(String sourceNumber, String targetNumber, Actor actor) {
        TicketRelations.requireHandler(actor);
        TicketView source = queries.get(sourceNumber, actor);
        TicketView target = relations.other(targetNumber, source, actor);
        for (TicketView ticket : List.of(source, target)) {
            if (ticket.status() == TicketStatus.CLOSED) {
                throw refused(
                        "ticket.merge.closed",
                        "Ticket " + ticket.number() + " is closed; closed tickets are not merged.",
                        ticket.number());
            }
        }
        long sourceId = queries.idOf(source.number(), actor);
        long targetId = queries.idOf(target.number(), actor);
        TicketCustomer from = rows.customer(sourceId);
        if (!from.sameAs(rows.customer(targetId))) {
            throw refused(
                    "ticket.merge.customer",
                    "Tickets " + source.number() + " and " + target.number()
                            + " are from different customers; link them as related instead.",
                    source.number(),
                    target.number());
        }
        List<Long> moved = new ArrayList<>(rows.moveConversation(sourceId, targetId));
        String[] opening = rows.titleAndDescription(sourceId).orElseThrow();
        String firstWords = "#" + source.number() + " · " + opening[0] + "\n\n" + opening[1];
        MessageView first = messages.save(new TicketMessage(
                        source.tenantId(),
                        targetId,
                        MessageKind.PUBLIC_REPLY,
                        from.requesterId(),
                        from.name(),
                        true,
                        firstWords.length() > MAX_MESSAGE ? firstWords.substring(0, MAX_MESSAGE) : firstWords,
                        source.registeredAt()))
                .view();
        moved.add(first.id());
        tickets.closeAsMerged(source.number(), target.number(), moved.size(), actor);
        relations.record(source, sourceId, target, targetId, RelationKind.MERGED_INTO, actor);
        events.publishEvent(new TicketMerged(
                source.tenantId(),
                sourceId,
                source.number(),
                targetId,
                target.number(),
                moved,
                actor.userId(),
                first.createdAt()));
        return queries.get(target.number(), actor);
    }

    /**
     * Opens a new ticket for the same customer from message {@code messageId} of ticket {@code number}: its words,
     * with the ticket they came from, become the new ticket's description, its files go with it, and the two are
     * linked. The message stays where it
     * was written.
     *
     * @return the new ticket
     * @throws TicketValidationException if the message is not the customer's on that ticket, or the new ticket breaks
     *     the tenant's form rules (a description too short, say)
     */
    @Transactional
    public TicketView split(String number, long messageId, Actor actor) {
        TicketRelations.requireHandler(actor);
        TicketView ticket = queries.get(number, actor);
        MessageView message = queries.messages(ticket.number(), actor).stream()
                .filter(m -> m.id() == messageId)
                .findFirst()
                .orElseThrow(() -> refused(
                        "ticket.split.unknown",
                        "Ticket " + ticket.number() + " has no message " + messageId + ".",
                        ticket.number(),
                        messageId));
        if (!message.fromCustomer()) {
            throw refused(
                    "ticket.split.notCustomer",
                    "Only the customer's own messages are split into a ticket of their own.");
        }
        long ticketId = queries.idOf(ticket.number(), actor);
        TicketCustomer customer = rows.customer(ticketId);
        TicketView created = tickets.open(
                ticket.tenantId(),
                Channel.valueOf(customer.channel()),
                OpenTicket.builder()
                        .customer(customer.customerName(), customer.contactPerson(), customer.contact())
                        .product(customer.product())
                        .title(title(message.body()))
                        // where it came from, for whoever handles it (and a short message meets the tenant's minimum)
                        .description(message.body() + "\n\n↳ #" + ticket.number() + " · " + ticket.title())
                        .externalUserId(customer.externalUserId())
                        .phone(customer.phone())
                        .firstReceivedAt(message.createdAt())
                        .requesterId(customer.requesterId())
                        .build(),
                actor);
        long createdId = queries.idOf(created.number(), actor);
        rows.moveFilesOfMessage(messageId, createdId);
        relations.record(ticket, ticketId, created, createdId, RelationKind.SPLIT_INTO, actor);
        tickets.annotate(ticket.number(), "split", created.number(), String.valueOf(messageId), actor);
        tickets.annotate(created.number(), "split-from", ticket.number(), null, actor);
        return queries.get(created.number(), actor);
    }

    /** The first line of the message, cut at a word where it is long. */
    private static String title(String body) {
        String line = body.strip().lines().findFirst().orElse("").strip();
        if (line.length() <= MAX_TITLE) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_TITLE - 1);
        return line.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1) + "…";
    }

    private static TicketValidationException refused(String code, String message, Object... args) {
        return new TicketValidationException(List.of(new FieldProblem("number", code, message, List.of(args))));
    }
}

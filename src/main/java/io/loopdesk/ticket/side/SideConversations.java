package io.loopdesk.ticket.side;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.TicketClosedException;
import io.loopdesk.ticket.TicketForbiddenException;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.event.SideMessageWritten;
import io.loopdesk.ticket.value.ContactPoint;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Side conversations of tickets: those who handle a ticket start one with an e-mail address and write in it; the mail
 * module sends each e-mail ({@link SideMessageWritten}) and brings the other side's answers back here
 * ({@link #received}). Each start and each answer is a line in the ticket's history; the conversations themselves are
 * for staff only.
 */
@Service
public class SideConversations {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 100_000;

    private final SideConversationRepository conversations;
    private final SideMessageRepository messages;
    private final TicketQueries queries;
    private final Tickets tickets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SideConversations(
            SideConversationRepository conversations,
            SideMessageRepository messages,
            TicketQueries queries,
            Tickets tickets,
            ApplicationEventPublisher events,
            Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.queries = queries;
        this.tickets = tickets;
        this.events = events;
        this.clock = clock;
    }

    /** The ticket's side conversations, oldest first, each with its e-mails. */
    @Transactional(readOnly = true)
    public List<SideConversationView> of(String number, Actor actor) {
        if (!actor.isSystem() && !actor.worksTickets()) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.sideRead", "Side conversations are the desk's own.");
        }
        List<SideConversation> found =
                conversations.findByTicketIdOrderByStartedAtAscIdAsc(queries.idOf(number, actor));
        Map<Long, List<SideMessageView>> byConversation =
                messages
                        .findByConversationIdInOrderByIdAsc(
                                found.stream().map(SideConversation::id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(
                                SideMessage::conversationId,
                                Collectors.mapping(SideMessage::view, Collectors.toList())));
        return found.stream()
                .map(c -> c.view(byConversation.getOrDefault(c.id(), List.of())))
                .toList();
    }

    /**
     * Starts a side conversation of ticket {@code number} with {@code to}, writing the first e-mail.
     *
     * @throws TicketValidationException naming each field that is wrong: the address, the subject, the message
     */
    @Transactional
    public SideConversationView start(String number, String to, String subject, String body, Actor actor) {
        requireHandler(actor);
        TicketView ticket = open(number, actor);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<String> address = ContactPoint.parse(to == null ? "" : to)
                .filter(c -> c.kind() == ContactPoint.Kind.EMAIL)
                .map(c -> c.value().toLowerCase(Locale.ROOT));
        if (address.isEmpty()) {
            problems.add(new FieldProblem("to", "ticket.side.to", "Give the e-mail address to write to."));
        }
        String title = subject == null ? "" : subject.strip();
        if (title.isEmpty() || title.length() > MAX_SUBJECT) {
            problems.add(new FieldProblem(
                    "subject",
                    "ticket.side.subject",
                    "Give a subject of 1 to " + MAX_SUBJECT + " characters.",
                    List.of(MAX_SUBJECT)));
        }
        problems.addAll(bodyProblems(body));
        if (!problems.isEmpty()) {
            throw new TicketValidationException(problems);
        }
        Instant now = clock.instant();
        SideConversation conversation = conversations.save(new SideConversation(
                ticket.tenantId(),
                queries.idOf(number, actor),
                ticket.number(),
                title,
                address.get(),
                actor.name(),
                now));
        tickets.annotate(ticket.number(), "side-started", address.get(), title, actor);
        write(conversation, body.strip(), actor, now);
        return view(conversation);
    }

    /**
     * Writes the next e-mail of a side conversation of ticket {@code number}.
     *
     * @throws TicketValidationException if the message is empty or too long, or the ticket has no such conversation
     */
    @Transactional
    public SideConversationView reply(String number, long conversationId, String body, Actor actor) {
        requireHandler(actor);
        TicketView ticket = open(number, actor);
        SideConversation conversation = conversation(ticket, conversationId, actor);
        List<FieldProblem> problems = bodyProblems(body);
        if (!problems.isEmpty()) {
            throw new TicketValidationException(problems);
        }
        write(conversation, body.strip(), actor, clock.instant());
        return view(conversation);
    }

    /** Closes a side conversation of ticket {@code number}: done with, until the other side writes again. */
    @Transactional
    public SideConversationView close(String number, long conversationId, Actor actor) {
        requireHandler(actor);
        SideConversation conversation = conversation(queries.get(number, actor), conversationId, actor);
        conversation.close(clock.instant());
        return view(conversation);
    }

    /**
     * The other side answered side conversation {@code conversationId} by e-mail from {@code from}: the answer joins
     * it if it comes from the address written to, with a line in the ticket's history.
     *
     * @return the number of the ticket it joined, or empty if there is no such conversation in the tenant or the
     *     mail comes from someone else
     */
    @Transactional
    public Optional<String> received(long tenantId, long conversationId, String from, String name, String body) {
        Actor system = Actor.system(tenantId);
        Optional<SideConversation> found = conversations
                .findById(conversationId)
                .filter(c -> c.tenantId() == tenantId)
                .filter(c -> c.counterpart().equalsIgnoreCase(from.strip()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SideConversation conversation = found.get();
        Instant now = clock.instant();
        String text = body.isBlank() ? "—" : body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        messages.save(new SideMessage(tenantId, conversation.id(), false, name.isBlank() ? from : name, text, now));
        conversation.written(now);
        tickets.annotate(conversation.ticketNumber(), "side-received", conversation.counterpart(), null, system);
        return Optional.of(conversation.ticketNumber());
    }

    private void write(SideConversation conversation, String body, Actor actor, Instant now) {
        SideMessage message = messages.save(
                new SideMessage(conversation.tenantId(), conversation.id(), true, actor.name(), body, now));
        conversation.written(now);
        events.publishEvent(new SideMessageWritten(
                conversation.tenantId(),
                conversation.ticketNumber(),
                conversation.id(),
                message.id(),
                conversation.counterpart(),
                conversation.subject(),
                body,
                actor.name(),
                now));
    }

    private SideConversationView view(SideConversation conversation) {
        return conversation.view(messages.findByConversationIdInOrderByIdAsc(List.of(conversation.id())).stream()
                .map(SideMessage::view)
                .toList());
    }

    private TicketView open(String number, Actor actor) {
        TicketView ticket = queries.get(number, actor);
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new TicketClosedException(ticket.number());
        }
        return ticket;
    }

    private SideConversation conversation(TicketView ticket, long conversationId, Actor actor) {
        long ticketId = queries.idOf(ticket.number(), actor);
        return conversations
                .findById(conversationId)
                .filter(c -> c.ticketId() == ticketId)
                .orElseThrow(() -> new TicketValidationException(List.of(new FieldProblem(
                        "conversation",
                        "ticket.side.unknown",
                        "Ticket " + ticket.number() + " has no side conversation " + conversationId + ".",
                        List.of(ticket.number(), conversationId)))));
    }

    private static List<FieldProblem> bodyProblems(String body) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            return List.of(new FieldProblem(
                    "body",
                    "ticket.side.body",
                    "Write the message, at most " + MAX_BODY + " characters.",
                    List.of(MAX_BODY)));
        }
        return List.of();
    }

    private static void requireHandler(Actor actor) {
        if (!actor.hasAny(Role.HANDLERS)) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.side",
                    "Only members of staff who handle tickets write side conversations.");
        }
    }
}

package io.loopdesk.ticket;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.attachment.Attachment;
import io.loopdesk.ticket.attachment.AttachmentLimits;
import io.loopdesk.ticket.attachment.AttachmentName;
import io.loopdesk.ticket.attachment.AttachmentRefusedException;
import io.loopdesk.ticket.attachment.AttachmentRepository;
import io.loopdesk.ticket.attachment.AttachmentRules;
import io.loopdesk.ticket.attachment.AttachmentStore;
import io.loopdesk.ticket.attachment.AttachmentWriter;
import io.loopdesk.ticket.history.HistoryEntry;
import io.loopdesk.ticket.history.HistoryEntryRepository;
import io.loopdesk.ticket.message.TicketMessage;
import io.loopdesk.ticket.message.TicketMessageRepository;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.AttachmentDownload;
import io.loopdesk.ticket.view.AttachmentView;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Files on tickets: screenshots, videos, documents. Who may attach and read follows the ticket: customers on
 * their own tickets (never files of internal notes), staff on their tenant's, the system everywhere. A refused
 * file is refused with the reason and leaves nothing behind; {@link #attach} keeps all files or none.
 */
@Service
public class Attachments {

    private final TicketAccess access;
    private final AttachmentRepository attachments;
    private final TicketMessageRepository messages;
    private final HistoryEntryRepository history;
    private final AttachmentWriter writer;
    private final AttachmentStore store;
    private final AttachmentRules rules;
    private final Tickets tickets;
    private final Clock clock;

    Attachments(
            TicketAccess access,
            AttachmentRepository attachments,
            TicketMessageRepository messages,
            HistoryEntryRepository history,
            AttachmentWriter writer,
            AttachmentStore store,
            AttachmentRules rules,
            Tickets tickets,
            Clock clock) {
        this.access = access;
        this.attachments = attachments;
        this.messages = messages;
        this.history = history;
        this.writer = writer;
        this.store = store;
        this.rules = rules;
        this.tickets = tickets;
        this.clock = clock;
    }

    /**
     * Attaches files to a ticket, or to one of its messages ({@code messageId}); all of them or, if one is refused,
     * none. Files of an internal note are staff-only.
     *
     * @throws AttachmentRefusedException naming the first refused file and why
     */
    public List<AttachmentView> attach(String number, @Nullable Long messageId, List<Upload> uploads, Actor actor) {
        return access.inTransaction(actor, () -> store(number, messageId, uploads, actor));
    }

    /**
     * Attaches one file, or says why not without failing: for channels that keep a message whatever happens to
     * one of its files (a mail with a calendar invitation still becomes a ticket). The system may call it.
     */
    public AttachmentOutcome tryAttach(String number, @Nullable Long messageId, Upload upload, Actor actor) {
        return access.inTransaction(actor, () -> {
            try {
                return new AttachmentOutcome.Stored(
                        store(number, messageId, List.of(upload), actor).getFirst());
            } catch (AttachmentRefusedException e) {
                return new AttachmentOutcome.Refused(
                        AttachmentName.of(upload.filename()),
                        e.problems().getFirst().code(),
                        e.getMessage());
            }
        });
    }

    /** Opens a ticket with its files in one transaction: a refused file refuses the ticket too. */
    public TicketView openWith(long tenantId, Channel channel, OpenTicket request, List<Upload> uploads, Actor actor) {
        return openWith(tenantId, channel, request, uploads, actor, ticket -> ticket);
    }

    /**
     * Opens a ticket with its files as {@link #openWith(long, Channel, OpenTicket, List, Actor)} does, and hands it
     * to {@code alongside} in the same transaction ({@link Tickets#open(long, Channel, OpenTicket, Actor,
     * java.util.function.Function)}).
     */
    public <T> T openWith(
            long tenantId,
            Channel channel,
            OpenTicket request,
            List<Upload> uploads,
            Actor actor,
            Function<TicketView, T> alongside) {
        if (uploads.isEmpty()) {
            // without files the ticket may share its commit with others registered at the same moment
            return tickets.open(tenantId, channel, request, actor, alongside);
        }
        // a refused file must refuse its own ticket alone, never a batch of others: files commit on their own
        return access.inTransaction(
                actor,
                () -> tickets.open(tenantId, channel, request, actor, ticket -> {
                    store(ticket.number(), null, uploads, actor);
                    return alongside.apply(ticket);
                }));
    }

    /** Writes a message with its files in one transaction: a refused file refuses the message too. */
    public MessageView replyWith(String number, MessageKind kind, String body, List<Upload> uploads, Actor actor) {
        return access.inTransaction(actor, () -> {
            MessageView message = tickets.addMessage(number, kind, body, actor);
            if (!uploads.isEmpty()) {
                store(number, message.id(), uploads, actor);
            }
            return message;
        });
    }

    /**
     * The customer's reply with its files, written for them by their brand's app ({@link
     * Tickets#addMessageAsCustomer}): all of it or nothing.
     *
     * @param via who wrote, as the conversation and history show it
     */
    public MessageView replyAsCustomer(String number, long tenantId, String body, List<Upload> uploads, String via) {
        return TenantScope.inTenant(tenantId, () -> {
            Actor app = new Actor(null, tenantId, "customer", via, Set.of());
            return access.inTransaction(app, () -> {
                MessageView message = tickets.addMessageAsCustomer(number, tenantId, body, via);
                if (!uploads.isEmpty()) {
                    store(number, message.id(), uploads, app);
                }
                return message;
            });
        });
    }

    /** The ticket's files the caller may see, oldest first. */
    public List<AttachmentView> of(String number, Actor actor) {
        return access.readOnly(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            List<Attachment> found = actor.isCustomer()
                    ? attachments.findByTicketIdAndInternalFalseOrderByCreatedAtAscIdAsc(ticket.id())
                    : attachments.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.id());
            return found.stream().map(a -> a.view(ticket.number())).toList();
        });
    }

    /**
     * One file's bytes, for someone who may read the ticket; a file of an internal note is "not found" for
     * customers, like a ticket they may not see.
     */
    public AttachmentDownload download(String number, long attachmentId, Actor actor) {
        Attachment attachment = access.readOnly(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            return attachments
                    .findByIdAndTicketId(attachmentId, ticket.id())
                    .filter(a -> !a.internal() || !actor.isCustomer())
                    .orElseThrow(() -> new AttachmentNotFoundException(number, attachmentId));
        });
        try {
            return new AttachmentDownload(attachment.view(number.strip()), store.open(attachment.storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException("The file of attachment " + attachmentId + " cannot be read", e);
        }
    }

    private List<AttachmentView> store(String number, @Nullable Long messageId, List<Upload> uploads, Actor actor) {
        Ticket ticket = access.visible(number, actor);
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new TicketClosedException(ticket.number());
        }
        boolean internal = checkMayAttach(ticket, messageId, actor);
        rules.checkCount(uploads.size());
        AttachmentLimits limits = rules.limits(ticket.tenantId());
        long used = attachments.totalSizeOf(ticket.id());
        List<AttachmentView> stored = new ArrayList<>();
        for (Upload upload : uploads) {
            Attachment attachment = writer.write(ticket, messageId, internal, upload, limits, used, actor);
            AttachmentView view = attachment.view(ticket.number());
            used += view.size();
            stored.add(view);
            history.save(new HistoryEntry(
                    ticket.tenantId(),
                    ticket.id(),
                    actor.userId(),
                    actor.name(),
                    clock.instant(),
                    new Ticket.Change("attachment", null, view.filename(), internal ? "internal" : null)));
        }
        return stored;
    }

    /** @return whether the files are staff-only (they belong to an internal note) */
    private boolean checkMayAttach(Ticket ticket, @Nullable Long messageId, Actor actor) {
        boolean staff = actor.hasAny(Role.HANDLERS) || actor.has(Role.QA);
        if (!actor.isSystem() && !actor.isCustomer() && !staff) {
            throw new TicketForbiddenException("error.ticket.forbidden.attach", "Your role cannot attach files.");
        }
        if (messageId == null) {
            if (actor.has(Role.QA) && !actor.hasAny(Role.HANDLERS)) {
                throw new TicketForbiddenException(
                        "error.ticket.forbidden.attach.qa",
                        "Quality inspectors attach files to their internal notes only.");
            }
            return false;
        }
        TicketMessage message = messages.findById(messageId)
                .filter(m -> m.ticketId() == ticket.id())
                .orElseThrow(() -> TicketValidationException.of(
                        "messageId", "attachment.message.unknown", "No message " + messageId + " on this ticket."));
        boolean internal = message.kind() == MessageKind.INTERNAL_NOTE;
        if (actor.isCustomer() && (internal || !java.util.Objects.equals(message.authorId(), actor.userId()))) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.attach.customer", "Customers attach files to their own messages only.");
        }
        return internal;
    }
}

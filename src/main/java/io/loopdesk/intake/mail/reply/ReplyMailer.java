package io.loopdesk.intake.mail.reply;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.mail.InboundMail;
import io.loopdesk.intake.mail.InboundMailRepository;
import io.loopdesk.intake.mail.Mailbox;
import io.loopdesk.intake.mail.MailboxRepository;
import io.loopdesk.notification.EmailEnvelope;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.event.TicketMessageAdded;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.ContactPoint;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketView;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A staff reply on a ticket that came by e-mail goes back by e-mail: it is handed to the notification outbox (its
 * retries, its delivery log) with the threading headers of the customer's last mail, the ticket number in the
 * subject, the reply's files, and the route of the mailbox the ticket came through, so it goes out from that address
 * and the customer's answer joins the ticket again. Handed over once per reply, however often the reaction runs.
 */
@Component
class ReplyMailer {

    private static final Logger log = LoggerFactory.getLogger(ReplyMailer.class);
    private static final int MAX_SUBJECT = 500;

    private final TicketQueries tickets;
    private final Attachments files;
    private final InboundMailRepository inbound;
    private final MailboxRepository mailboxes;
    private final ReplyMailRepository replies;
    private final EntityManager entities;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReplyMailer(
            TicketQueries tickets,
            Attachments files,
            InboundMailRepository inbound,
            MailboxRepository mailboxes,
            ReplyMailRepository replies,
            EntityManager entities,
            Notifications notifications,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.tickets = tickets;
        this.files = files;
        this.inbound = inbound;
        this.mailboxes = mailboxes;
        this.replies = replies;
        this.entities = entities;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @AsyncReaction
    void on(TicketMessageAdded added) {
        if (added.kind() != MessageKind.PUBLIC_REPLY || added.fromCustomer()) {
            return;
        }
        TenantScope.inTenant(added.tenantId(), () -> enqueue(added));
    }

    private void enqueue(TicketMessageAdded added) {
        if (replies.existsBySourceMessage(added.messageId())) {
            return; // the reaction ran again after a crash: the reply is in the outbox already
        }
        TicketView ticket = tickets.get(added.number(), Actor.system());
        // as stored: a mail sender's address (root@localhost) need not have the shape a form asks for
        Optional<ContactPoint> contact = Optional.ofNullable(ticket.contact()).map(ContactPoint::stored);
        if (ticket.channel() != Channel.EMAIL
                || contact.isEmpty()
                || contact.get().kind() != ContactPoint.Kind.EMAIL) {
            return;
        }
        Optional<Recipient.Email> to = Recipient.anyEmail(contact.get().value());
        if (to.isEmpty()) {
            log.warn("Reply on ticket {} not mailed: its contact is no e-mail address we can send to", ticket.number());
            return;
        }
        Optional<InboundMail> last = inbound.findFirstByTicketNumberOrderByReceivedAtDesc(ticket.number());
        Optional<Mailbox> mailbox = last.flatMap(m -> mailboxes.findById(m.mailboxId()))
                .or(() -> mailboxes.findByTenantIdOrderByName(ticket.tenantId()).stream()
                        .filter(Mailbox::enabled)
                        .findFirst());
        if (mailbox.isEmpty()) {
            return;
        }
        MessageView message = tickets.messages(ticket.number(), Actor.system()).stream()
                .filter(m -> m.id() == added.messageId())
                .findFirst()
                .orElseThrow();
        List<String> attachments = files.of(ticket.number(), Actor.system()).stream()
                .filter(file -> Objects.equals(file.messageId(), added.messageId()))
                .map(ReplyAttachments::of)
                .toList();
        String address = mailbox.get().view().address();
        String messageId = ticket.number() + "." + added.messageId() + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@" + address.substring(address.indexOf('@') + 1);
        EmailEnvelope envelope = EmailEnvelope.reply(
                messageId,
                last.map(m -> m.view().messageId()).orElse(null),
                MailboxRoutes.of(mailbox.get()),
                attachments);
        NotificationRequest request = NotificationRequest.now(
                ticket.tenantId(),
                to.get(),
                Phrase.verbatim(subject(ticket)),
                Phrase.verbatim(body(ticket, message)),
                ticket.number());
        try {
            transactions.executeWithoutResult(status -> {
                long id = notifications.sendEmail(request, envelope);
                // its id is the notification's: persisted as new, not looked for first
                entities.persist(new ReplyMail(
                        id,
                        ticket.tenantId(),
                        ticket.number(),
                        added.messageId(),
                        messageId,
                        to.get().address(),
                        clock.instant()));
            });
        } catch (DataIntegrityViolationException alreadyQueued) {
            // the reaction ran twice at once: the other run put the reply in the outbox
        }
    }

    static String subject(TicketView ticket) {
        String subject = "Re: " + ticket.title() + " [#" + ticket.number() + "]";
        return subject.length() <= MAX_SUBJECT
                ? subject
                : "Re: "
                        + ticket.title()
                                .substring(0, MAX_SUBJECT - 20 - ticket.number().length()) + "… [#" + ticket.number()
                        + "]";
    }

    private static String body(TicketView ticket, MessageView message) {
        return message.body() + "\n\n-- \n" + message.authorName() + "\n" + "Ticket " + ticket.number()
                + " · 回复时请保留主题中的工单号 / please keep the ticket number in the subject";
    }
}

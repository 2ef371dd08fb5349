package io.loopdesk.intake.mail;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.Channel;
import io.loopdesk.ticket.ContactPoint;
import io.loopdesk.ticket.MessageKind;
import io.loopdesk.ticket.MessageView;
import io.loopdesk.ticket.TicketMessageAdded;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketView;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A staff reply on a ticket that came by e-mail goes back by e-mail: it is put in the outbox with the threading
 * headers of the customer's last mail and the ticket number in the subject, so the customer's answer joins the
 * ticket again. Put there once per reply, however often the reaction runs.
 */
@Component
class ReplyMailer {

    private final TicketQueries tickets;
    private final InboundMailRepository inbound;
    private final MailboxRepository mailboxes;
    private final MailOutboxRepository outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReplyMailer(
            TicketQueries tickets,
            InboundMailRepository inbound,
            MailboxRepository mailboxes,
            MailOutboxRepository outbox,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.tickets = tickets;
        this.inbound = inbound;
        this.mailboxes = mailboxes;
        this.outbox = outbox;
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
        TicketView ticket = tickets.get(added.number(), Actor.system());
        // as stored: a mail sender's address (root@localhost) need not have the shape a form asks for
        Optional<ContactPoint> contact = Optional.ofNullable(ticket.contact()).map(ContactPoint::stored);
        if (ticket.channel() != Channel.EMAIL
                || contact.isEmpty()
                || contact.get().kind() != ContactPoint.Kind.EMAIL) {
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
        String domain = mailbox.get()
                .view()
                .address()
                .substring(mailbox.get().view().address().indexOf('@') + 1);
        String messageId = ticket.number() + "." + added.messageId() + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
        String inReplyTo = last.map(m -> m.view().messageId()).orElse(null);
        try {
            transactions.executeWithoutResult(status -> outbox.save(new MailOutbox(
                    ticket.tenantId(),
                    mailbox.get().id(),
                    ticket.number(),
                    added.messageId(),
                    messageId,
                    inReplyTo,
                    inReplyTo,
                    contact.get().value(),
                    subject(ticket),
                    body(ticket, message),
                    clock.instant())));
        } catch (DataIntegrityViolationException alreadyQueued) {
            // the reaction ran again after a crash: the reply is in the outbox already
        }
    }

    static String subject(TicketView ticket) {
        return "Re: " + ticket.title() + " [#" + ticket.number() + "]";
    }

    private static String body(TicketView ticket, MessageView message) {
        return message.body() + "\n\n-- \n" + message.authorName() + "\n" + "Ticket " + ticket.number()
                + " · 回复时请保留主题中的工单号 / please keep the ticket number in the subject";
    }
}
